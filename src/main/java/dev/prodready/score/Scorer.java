package dev.prodready.score;

import dev.prodready.api.v1alpha1.Category;
import dev.prodready.api.v1alpha1.CategoryScore;
import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.api.v1alpha1.GateSpec;
import dev.prodready.api.v1alpha1.Grade;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.api.v1alpha1.Summary;
import dev.prodready.check.CheckResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * score = round(100 * sum(weight * passFraction) / sum(weight)) over scored checks
 * (docs/scoring.md). The gate passes when some check is scored, score >= minScore and, with
 * failOnCritical, no Critical check fails or is in Error, and, with requireAttestations, no
 * Critical item waits for a sign-off. The reason lists every condition that fails, not only the
 * first.
 *
 * <p>A check in Error is never silent: a Critical one fails the gate under failOnCritical (a
 * Critical item that cannot be evaluated is not known to hold), with the error in the reason. A
 * non-Critical one leaves the score, like a non-Critical Manual item, and does not fail the gate by
 * itself (one broken Medium check must not block every deployment), but the gate reason names it,
 * whether the gate passes or fails.
 */
public final class Scorer {

  private Scorer() {}

  public static ScoreCard score(List<CheckResult> results, GateSpec gate) {
    Integer score = weightedScore(results);
    int minScore = Objects.requireNonNullElse(gate.getMinScore(), 80);
    boolean failOnCritical = Objects.requireNonNullElse(gate.getFailOnCritical(), true);
    boolean requireAttestations = Boolean.TRUE.equals(gate.getRequireAttestations());
    var failingCritical = ids(results, r -> r.failing() && r.priority() == Priority.Critical);
    var erroredCritical =
        results.stream()
            .filter(r -> r.state() == CheckState.Error && r.priority() == Priority.Critical)
            .map(r -> r.info().id() + " (" + r.message() + ")")
            .toList();
    var erroredOther =
        ids(
            results,
            r ->
                r.state() == CheckState.Error
                    && (r.priority() != Priority.Critical || !failOnCritical));
    var unattestedCritical =
        requireAttestations
            ? ids(results, r -> r.state() == CheckState.Manual && r.priority() == Priority.Critical)
            : List.<String>of();

    var failures = new ArrayList<String>();
    if (score == null) {
      failures.add("no check could be scored");
    } else if (score < minScore) {
      failures.add("score " + score + " is below the minimum " + minScore);
    }
    if (failOnCritical && !failingCritical.isEmpty()) {
      failures.add("Critical checks fail: " + String.join(", ", failingCritical));
    }
    if (failOnCritical && !erroredCritical.isEmpty()) {
      failures.add("Critical checks could not be evaluated: " + String.join("; ", erroredCritical));
    }
    if (!unattestedCritical.isEmpty()) {
      failures.add(
          "Critical items need a sign-off (gate.requireAttestations): "
              + String.join(", ", unattestedCritical));
    }
    String errorNote =
        erroredOther.isEmpty()
            ? ""
            : "; not evaluated (Error, left out of the score): " + String.join(", ", erroredOther);
    GateResult verdict = failures.isEmpty() ? GateResult.Pass : GateResult.Fail;
    String reason =
        failures.isEmpty()
            ? "score "
                + score
                + " reaches the minimum "
                + minScore
                + (failOnCritical ? " and no Critical check fails" : "")
                + errorNote
            : String.join("; ", failures) + errorNote;
    return new ScoreCard(
        score,
        score == null ? null : Grade.of(score),
        verdict,
        reason,
        summarize(results),
        categories(results));
  }

  private static List<String> ids(List<CheckResult> results, Predicate<CheckResult> filter) {
    return results.stream().filter(filter).map(r -> r.info().id()).toList();
  }

  static Integer weightedScore(Collection<CheckResult> results) {
    double earned = 0;
    int possible = 0;
    for (CheckResult r : results) {
      if (r.scored()) {
        earned += r.priority().weight() * r.passFraction();
        possible += r.priority().weight();
      }
    }
    return possible == 0 ? null : (int) Math.round(100 * earned / possible);
  }

  static Summary summarize(List<CheckResult> results) {
    Map<CheckState, Long> counts =
        results.stream()
            .collect(
                Collectors.groupingBy(
                    CheckResult::state,
                    () -> new EnumMap<>(CheckState.class),
                    Collectors.counting()));
    return new Summary(
        count(counts, CheckState.Pass),
        count(counts, CheckState.Fail),
        count(counts, CheckState.Exempted),
        count(counts, CheckState.Manual),
        count(counts, CheckState.Attested),
        count(counts, CheckState.Expired),
        count(counts, CheckState.NotApplicable),
        count(counts, CheckState.Skipped),
        count(counts, CheckState.Error));
  }

  private static int count(Map<CheckState, Long> counts, CheckState state) {
    return counts.getOrDefault(state, 0L).intValue();
  }

  static List<CategoryScore> categories(List<CheckResult> results) {
    Map<Category, List<CheckResult>> byCategory =
        results.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.info().category(),
                    () -> new EnumMap<>(Category.class),
                    Collectors.toList()));
    var scores = new ArrayList<CategoryScore>();
    byCategory.forEach(
        (category, rs) ->
            scores.add(
                new CategoryScore(
                    category.displayName(),
                    weightedScore(rs),
                    (int)
                        rs.stream()
                            .filter(
                                r ->
                                    r.state() == CheckState.Pass
                                        || r.state() == CheckState.Attested)
                            .count(),
                    (int) rs.stream().filter(CheckResult::failing).count())));
    return scores;
  }
}
