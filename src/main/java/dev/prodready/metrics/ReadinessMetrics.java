package dev.prodready.metrics;

import dev.prodready.api.v1alpha1.CategoryScore;
import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.check.CheckResult;
import dev.prodready.score.ScoreCard;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Prometheus series with bounded cardinality. Per namespace only a handful: prodready_score,
 * prodready_gate_passed, prodready_category_score (one per category), prodready_checks (one per
 * state) and prodready_next_expiry_timestamp_seconds (while an exemption or attestation is active),
 * at most {@link #MAX_SERIES_PER_NAMESPACE}. Per check only cluster-wide series:
 * prodready_check_failing_namespaces{check,priority} counts the namespaces failing each check.
 * Series of a namespace that no longer has a profile are removed, and so are its contributions to
 * the per-check counts.
 */
@ApplicationScoped
public class ReadinessMetrics {

  /**
   * score + gate + one per category + one per check state + next expiry; ReadinessMetricsTest holds
   * the code to it.
   */
  public static final int MAX_SERIES_PER_NAMESPACE = 19;

  private final MeterRegistry registry;
  private final Timer evaluationTimer;
  private final Timer remediationTimer;
  private final Map<String, Map<String, Series>> byNamespace = new ConcurrentHashMap<>();
  private final Map<String, Series> nextExpiry = new ConcurrentHashMap<>();
  private final FailingNamespaces failing;

  public ReadinessMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.evaluationTimer =
        Timer.builder("prodready.evaluation.duration")
            .description("Time to snapshot, evaluate and score one profile")
            .register(registry);
    this.remediationTimer =
        Timer.builder("prodready.remediation.duration")
            .description("Time to plan and apply the guardrails of one profile")
            .register(registry);
    this.failing = new FailingNamespaces(registry);
  }

  /** prodready_remediation_actions_total{kind,action}, cluster-wide. */
  public void remediationAction(String kind, String action) {
    registry.counter("prodready.remediation.actions", "kind", kind, "action", action).increment();
  }

  /** Snapshot, evaluation and scoring only; remediation has its own timer. */
  /**
   * Removes every Prodready series from the registry when the application stops. The registry can
   * outlive the application (Quarkus dev-mode reloads and test restarts run a new application in
   * the same JVM and the same global registry): registering an id that is still there returns the
   * old meter, which reads the stopped application's state (and, once that is collected, nothing).
   * The per-check counts, the same ids in every application, went missing from /q/metrics that way.
   */
  @PreDestroy
  void removeSeries() {
    registry.getMeters().stream()
        .filter(m -> m.getId().getName().startsWith("prodready."))
        .forEach(registry::remove);
  }

  public Timer evaluationTimer() {
    return evaluationTimer;
  }

  /** Planning and applying guardrails, cluster-wide (no namespace label). */
  public Timer remediationTimer() {
    return remediationTimer;
  }

  public synchronized void publish(
      String namespace, String profile, ScoreCard card, List<CheckResult> results) {
    Map<String, Double> values = new HashMap<>();
    Map<String, Tags> tags = new HashMap<>();
    put(
        values,
        tags,
        "prodready.score",
        Tags.of("namespace", namespace, "profile", profile),
        card.score() == null ? Double.NaN : card.score());
    put(
        values,
        tags,
        "prodready.gate.passed",
        Tags.of("namespace", namespace),
        card.gate() == GateResult.Pass ? 1 : 0);
    for (CategoryScore c : card.categories()) {
      put(
          values,
          tags,
          "prodready.category.score",
          Tags.of("namespace", namespace, "category", c.name()),
          c.score() == null ? Double.NaN : c.score());
    }
    var byState = new EnumMap<CheckState, Integer>(CheckState.class);
    for (CheckState state : CheckState.values()) {
      byState.put(state, 0);
    }
    results.forEach(r -> byState.merge(r.state(), 1, Integer::sum));
    // Pass and Fail always; other states only while some check is in them (most namespaces have no
    // Error, Expired...)
    byState.forEach(
        (state, count) -> {
          if (count > 0 || state == CheckState.Pass || state == CheckState.Fail) {
            put(
                values,
                tags,
                "prodready.checks",
                Tags.of("namespace", namespace, "state", state.name()),
                count);
          }
        });
    failing.record(
        namespace,
        results.stream()
            .filter(CheckResult::failing)
            .map(r -> new FailingNamespaces.Key(r.info().id(), r.priority().name()))
            .toList());

    Map<String, Series> current = byNamespace.computeIfAbsent(namespace, n -> new HashMap<>());
    values.forEach(
        (key, value) -> {
          Series existing = current.get(key);
          if (existing != null) {
            existing.value().set(value);
          } else {
            var holder = new AtomicReference<>(value);
            Gauge gauge =
                Gauge.builder(key.substring(0, key.indexOf('|')), holder, AtomicReference::get)
                    .tags(tags.get(key))
                    .register(registry);
            current.put(key, new Series(gauge.getId(), holder));
          }
        });
    current
        .entrySet()
        .removeIf(
            e -> {
              if (!values.containsKey(e.getKey())) {
                registry.remove(e.getValue().id());
                return true;
              }
              return false;
            });
  }

  /**
   * prodready_next_expiry_timestamp_seconds{namespace}: when the first active exemption or
   * attestation of the namespace stops applying (the start of the day after its last valid day,
   * UTC). One series per namespace, absent when nothing expires.
   */
  public synchronized void nextExpiry(String namespace, Optional<LocalDate> lastValidDay) {
    Series existing = nextExpiry.get(namespace);
    if (lastValidDay.isEmpty()) {
      if (existing != null) {
        registry.remove(nextExpiry.remove(namespace).id());
      }
      return;
    }
    double at = lastValidDay.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    if (existing != null) {
      existing.value().set(at);
    } else {
      var holder = new AtomicReference<>(at);
      Gauge gauge =
          Gauge.builder("prodready.next.expiry.timestamp.seconds", holder, AtomicReference::get)
              .description(
                  "When the first active exemption or attestation of the namespace expires (Unix time)")
              .tags(Tags.of("namespace", namespace))
              .register(registry);
      nextExpiry.put(namespace, new Series(gauge.getId(), holder));
    }
  }

  /**
   * Drops the series of namespaces that no longer have a profile. Called on every reconcile, and
   * the periodic pass reconciles every profile once per resync interval, so series of a deleted
   * profile (or namespace) disappear within that interval at the latest, without a finalizer.
   */
  public synchronized void retainOnly(Set<String> namespacesWithProfiles) {
    var known = new HashSet<>(byNamespace.keySet());
    known.addAll(nextExpiry.keySet());
    known.stream().filter(ns -> !namespacesWithProfiles.contains(ns)).forEach(this::forget);
  }

  /** Removes every series of a namespace whose profile is gone or no longer active. */
  public synchronized void forget(String namespace) {
    Map<String, Series> current = byNamespace.remove(namespace);
    if (current != null) {
      current.values().forEach(series -> registry.remove(series.id()));
    }
    nextExpiry(namespace, Optional.empty());
    failing.forget(namespace);
  }

  private static void put(
      Map<String, Double> values, Map<String, Tags> tags, String name, Tags t, double value) {
    String key = name + "|" + t;
    values.put(key, value);
    tags.put(key, t);
  }

  /** A registered gauge and the value it reads. */
  private record Series(Meter.Id id, AtomicReference<Double> value) {}
}
