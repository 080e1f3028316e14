package dev.prodready.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.GateSpec;
import dev.prodready.check.CheckResult;
import dev.prodready.check.Checks;
import dev.prodready.check.EvaluationPolicy;
import dev.prodready.check.Fixture;
import dev.prodready.score.ScoreCard;
import dev.prodready.score.Scorer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessMetricsTest {

  private SimpleMeterRegistry registry;
  private ReadinessMetrics metrics;
  private List<CheckResult> results;
  private ScoreCard card;

  @BeforeEach
  void evaluateAFailingNamespace() throws Exception {
    registry = new SimpleMeterRegistry();
    metrics = new ReadinessMetrics(registry);
    var snapshot = Fixture.load(Path.of("src/test/resources/status/namespace.yaml")).snapshot();
    results = Checks.engine().evaluate(snapshot, EvaluationPolicy.defaults(10));
    card = Scorer.score(results, new GateSpec());
  }

  @Test
  void seriesFollowTheNamespacesThatHaveProfiles() {
    metrics.publish("a", "production", card, results);
    metrics.publish("b", "production", card, results);
    metrics.publish("a", "production", card, results);
    assertEquals(1, registry.find("prodready.score").tag("namespace", "a").gauges().size());
    assertEquals(
        (double) card.score(),
        registry.get("prodready.score").tag("namespace", "a").gauge().value());

    metrics.retainOnly(Set.of("b"));
    assertEquals(0, registry.find("prodready.score").tag("namespace", "a").gauges().size());
    assertEquals(0, registry.find("prodready.checks").tag("namespace", "a").gauges().size());
    assertEquals(1, registry.find("prodready.score").tag("namespace", "b").gauges().size());
  }

  /**
   * A second application on the same registry (a dev-mode reload, a test restart) counts its own
   * failing namespaces, not the first one's.
   */
  @Test
  void aStoppedApplicationLeavesNoSeriesBehind() {
    metrics.publish("a", "production", card, results);
    metrics.publish("b", "production", card, results);
    String failingCheck =
        results.stream().filter(CheckResult::failing).findFirst().orElseThrow().info().id();
    metrics.removeSeries();
    assertTrue(registry.find("prodready.check.failing.namespaces").gauges().isEmpty());

    var next = new ReadinessMetrics(registry);
    next.publish("c", "production", card, results);
    assertEquals(
        1.0,
        registry
            .get("prodready.check.failing.namespaces")
            .tag("check", failingCheck)
            .gauge()
            .value());
  }

  /** The timers are cluster-wide: no namespace label, nothing added per namespace. */
  @Test
  void evaluationAndRemediationAreTimedApartWithoutANamespaceLabel() {
    for (String timer :
        List.of("prodready.evaluation.duration", "prodready.remediation.duration")) {
      var meter = registry.get(timer).timer();
      assertEquals(List.of(), meter.getId().getTags(), timer);
    }
    assertTrue(metrics.evaluationTimer() != metrics.remediationTimer());
  }

  @Test
  void nextExpiryIsOneSeriesPerNamespaceRemovedWithIt() {
    var registry = new SimpleMeterRegistry();
    var metrics = new ReadinessMetrics(registry);
    metrics.nextExpiry("a", Optional.of(LocalDate.parse("2026-12-31")));
    metrics.nextExpiry("a", Optional.of(LocalDate.parse("2027-01-31")));
    metrics.nextExpiry("b", Optional.of(LocalDate.parse("2026-12-31")));
    var gauges =
        registry.find("prodready.next.expiry.timestamp.seconds").tag("namespace", "a").gauges();
    assertEquals(1, gauges.size());
    assertEquals(
        1_801_440_000d,
        gauges.iterator().next().value(),
        "2027-02-01T00:00:00Z, the first day it no longer applies");

    metrics.nextExpiry("a", Optional.empty());
    assertEquals(
        0,
        registry
            .find("prodready.next.expiry.timestamp.seconds")
            .tag("namespace", "a")
            .gauges()
            .size());
    metrics.retainOnly(Set.of());
    assertEquals(0, registry.find("prodready.next.expiry.timestamp.seconds").gauges().size());
  }

  /**
   * The documented bound (README, docs/metrics.md): adding a per-check or per-workload series per
   * namespace fails here.
   */
  @Test
  void eachNamespaceAddsAtMostTheDocumentedNumberOfSeries() {
    metrics.publish("a", "production", card, results);
    int withOne = registry.getMeters().size();
    for (int i = 0; i < 50; i++) {
      metrics.publish("ns-" + i, "production", card, results);
    }
    int perNamespace = (registry.getMeters().size() - withOne) / 50;
    assertTrue(
        perNamespace <= ReadinessMetrics.MAX_SERIES_PER_NAMESPACE,
        perNamespace
            + " series per namespace, documented bound "
            + ReadinessMetrics.MAX_SERIES_PER_NAMESPACE);
    for (Meter meter : registry.getMeters()) {
      String check = meter.getId().getTag("check");
      assertTrue(
          check == null || meter.getId().getTag("namespace") == null,
          "a series per namespace and check: " + meter.getId());
    }
  }

  @Test
  void failingNamespacesAreCountedPerCheckAndForgotten() {
    CheckResult failed = results.stream().filter(CheckResult::failing).findFirst().orElseThrow();
    metrics.publish("a", "production", card, results);
    metrics.publish("b", "production", card, results);
    var gauge =
        registry
            .get("prodready.check.failing.namespaces")
            .tag("check", failed.info().id())
            .tag("priority", failed.priority().name())
            .gauge();
    assertEquals(2, gauge.value());

    metrics.publish("b", "production", card, results.stream().filter(r -> r != failed).toList());
    assertEquals(1, gauge.value());
    metrics.retainOnly(Set.of("b"));
    assertEquals(0, gauge.value(), "a namespace without a profile no longer counts");
    assertEquals(0, registry.find("prodready.score").tag("namespace", "a").gauges().size());
  }
}
