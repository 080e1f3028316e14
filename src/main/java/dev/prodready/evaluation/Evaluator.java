package dev.prodready.evaluation;

import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.api.v1alpha1.PriorityOverride;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.check.Attestations;
import dev.prodready.check.CheckEngine;
import dev.prodready.check.CheckResult;
import dev.prodready.check.EvaluationPolicy;
import dev.prodready.check.Exemptions;
import dev.prodready.score.ScoreCard;
import dev.prodready.score.Scorer;
import dev.prodready.snapshot.NamespaceSnapshot;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one evaluation pipeline, shared by the reconciler, `prodready audit` and the tests: a
 * namespace snapshot and a profile spec in; the workload selector, excludes, priority overrides,
 * exemptions, checks, attestations and the score applied in that order; results and score card out.
 * Pure: no cluster access, no clock (today is an argument).
 */
public final class Evaluator {

  private final CheckEngine engine;

  public Evaluator(CheckEngine engine) {
    this.engine = engine;
  }

  public CheckEngine engine() {
    return engine;
  }

  /**
   * @param namespace every object of the namespace (the selector is applied here)
   * @param spec the profile spec; null is an empty profile
   * @param today the day exemptions and attestations are judged on
   * @param maxOffenders offenders listed per check (the full count is kept)
   */
  public Evaluation evaluate(
      NamespaceSnapshot namespace, ReadinessProfileSpec spec, LocalDate today, int maxOffenders) {
    ReadinessProfileSpec profile = spec == null ? new ReadinessProfileSpec() : spec;
    NamespaceSnapshot selected = namespace.selecting(profile.getWorkloadSelector());
    Exemptions exemptions = Exemptions.of(profile, selected.workloads(), engine.ids(), today);
    List<CheckResult> results =
        Attestations.apply(
            engine.evaluate(selected, policy(profile, exemptions, maxOffenders)),
            profile.getAttestations(),
            engine.catalog(),
            today);
    ScoreCard card = Scorer.score(results, profile.getGate());
    return new Evaluation(selected, results, card, exemptions.rejected());
  }

  static EvaluationPolicy policy(
      ReadinessProfileSpec spec, Exemptions exemptions, int maxOffenders) {
    var checks = spec.getChecks();
    Set<String> excluded =
        checks == null || checks.getExclude() == null
            ? Set.of()
            : new HashSet<>(checks.getExclude());
    Map<String, Priority> overrides =
        checks == null || checks.getPriorityOverrides() == null
            ? Map.of()
            : checks.getPriorityOverrides().stream()
                .collect(
                    Collectors.toMap(
                        PriorityOverride::getCheck, PriorityOverride::getPriority, (a, b) -> b));
    return new EvaluationPolicy(excluded, overrides, maxOffenders, exemptions);
  }
}
