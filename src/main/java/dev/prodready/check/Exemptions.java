package dev.prodready.check;

import dev.prodready.api.v1alpha1.Exemption;
import dev.prodready.api.v1alpha1.ExemptionSource;
import dev.prodready.api.v1alpha1.ExemptionState;
import dev.prodready.api.v1alpha1.ExemptionStatus;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.kube.LabelSelectors;
import dev.prodready.snapshot.Workload;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The exemptions in force for one evaluation: spec.exemptions plus workload annotations
 * (prodready.dev/exempt, prodready.dev/exempt-reason, optional prodready.dev/exempt-expires). An
 * exemption covers failures only; an expired one no longer covers anything and is reported as
 * Expired. Annotations that cannot be honoured are reported as Rejected, capped in number and
 * length (see AnnotationText) so that one workload cannot stop its namespace's status.
 */
public final class Exemptions {

  public static final String ANNOTATION = "prodready.dev/exempt";
  public static final String REASON_ANNOTATION = "prodready.dev/exempt-reason";
  public static final String EXPIRES_ANNOTATION = "prodready.dev/exempt-expires";

  /** One exemption; {@code workloads} null means the whole namespace for these checks. */
  public record Rule(
      Set<String> checks,
      Predicate<Workload> workloads,
      String reason,
      LocalDate expires,
      String owner,
      ExemptionSource source) {

    boolean activeOn(LocalDate today) {
      return expires == null || !today.isAfter(expires);
    }

    ExemptionStatus status(String check, String target, LocalDate today) {
      return new ExemptionStatus(
          check,
          target,
          reason,
          expires == null ? null : expires.toString(),
          owner,
          source,
          activeOn(today) ? ExemptionState.Active : ExemptionState.Expired);
    }
  }

  private final List<Rule> rules;
  private final List<ExemptionStatus> rejected;
  private final LocalDate today;

  public Exemptions(List<Rule> rules, List<ExemptionStatus> rejected, LocalDate today) {
    this.rules = List.copyOf(rules);
    this.rejected = List.copyOf(rejected);
    this.today = today;
  }

  public static Exemptions none() {
    return new Exemptions(List.of(), List.of(), LocalDate.MIN);
  }

  /**
   * Builds the rules of a profile; ids are assumed valid (SpecValidator rejects unknown ones in the
   * spec).
   */
  public static Exemptions of(
      ReadinessProfileSpec spec, List<Workload> workloads, Set<String> knownIds, LocalDate today) {
    var rules = new ArrayList<Rule>();
    var rejected = new ArrayList<ExemptionStatus>();
    for (Exemption e : spec.getExemptions() == null ? List.<Exemption>of() : spec.getExemptions()) {
      rules.add(
          new Rule(
              Set.copyOf(e.getChecks()),
              matcher(e),
              e.getReason(),
              LocalDate.parse(e.getExpires()),
              e.getOwner(),
              ExemptionSource.Spec));
    }
    boolean annotationsAllowed = !Boolean.FALSE.equals(spec.getAllowAnnotationExemptions());
    for (Workload w : workloads) {
      String ids = w.annotations().get(ANNOTATION);
      if (ids == null || ids.isBlank()) {
        continue;
      }
      String reason = w.annotations().get(REASON_ANNOTATION);
      Set<String> checks =
          Arrays.stream(ids.split(","))
              .map(String::trim)
              .filter(s -> !s.isEmpty())
              .collect(Collectors.toCollection(TreeSet::new));
      String problem =
          !annotationsAllowed
              ? "annotation exemptions are disabled (spec.allowAnnotationExemptions: false)"
              : reason == null || reason.isBlank()
                  ? "missing " + REASON_ANNOTATION
                  : unknown(checks, knownIds)
                      .map(u -> "unknown check ids: " + AnnotationText.firstIds(u))
                      .orElse(null);
      LocalDate expires = null;
      String expiresText = w.annotations().get(EXPIRES_ANNOTATION);
      if (problem == null && expiresText != null) {
        try {
          expires = LocalDate.parse(expiresText.trim());
        } catch (DateTimeParseException ex) {
          problem =
              EXPIRES_ANNOTATION
                  + " is not a YYYY-MM-DD date: "
                  + AnnotationText.shorten(expiresText);
        }
      }
      if (problem != null) {
        rejected.add(
            new ExemptionStatus(
                AnnotationText.shorten(String.join(",", checks)),
                w.ref(),
                problem,
                AnnotationText.shorten(expiresText),
                null,
                ExemptionSource.Annotation,
                ExemptionState.Rejected));
        continue;
      }
      String name = w.name();
      String kind = w.kind().name();
      rules.add(
          new Rule(
              checks,
              x -> x.name().equals(name) && x.kind().name().equals(kind),
              AnnotationText.shorten(reason),
              expires,
              null,
              ExemptionSource.Annotation));
    }
    return new Exemptions(rules, AnnotationText.capRejected(rejected), today);
  }

  private static Optional<List<String>> unknown(Set<String> checks, Set<String> knownIds) {
    var unknown = checks.stream().filter(c -> !knownIds.contains(c)).sorted().toList();
    return unknown.isEmpty() ? Optional.empty() : Optional.of(unknown);
  }

  private static Predicate<Workload> matcher(Exemption e) {
    boolean byName = e.getWorkloads() != null && !e.getWorkloads().isEmpty();
    if (byName) {
      Set<String> names = Set.copyOf(e.getWorkloads());
      return w -> names.contains(w.name());
    }
    if (e.getWorkloadSelector() != null) {
      var selector = e.getWorkloadSelector();
      return w -> LabelSelectors.matches(selector, w.labels());
    }
    return null;
  }

  /**
   * The rule covering a failing workload: an active one if any, else an expired one (to report),
   * else none.
   */
  Optional<Rule> forWorkload(String check, Workload workload) {
    return best(
        rules.stream()
            .filter(
                r ->
                    r.checks().contains(check)
                        && r.workloads() != null
                        && r.workloads().test(workload))
            .toList());
  }

  Optional<Rule> forNamespace(String check) {
    return best(
        rules.stream().filter(r -> r.checks().contains(check) && r.workloads() == null).toList());
  }

  private Optional<Rule> best(List<Rule> candidates) {
    return candidates.stream()
        .max(
            Comparator.comparing((Rule r) -> r.activeOn(today))
                .thenComparing(r -> r.expires() == null ? LocalDate.MAX : r.expires()));
  }

  boolean active(Rule rule) {
    return rule.activeOn(today);
  }

  LocalDate today() {
    return today;
  }

  public List<ExemptionStatus> rejected() {
    return rejected;
  }
}
