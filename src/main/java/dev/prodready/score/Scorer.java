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
import java.util.stream.Collectors;

/**
 * score = round(100 * sum(weight * passFraction) / sum(weight)) over scored checks (docs/scoring.md).
 * The gate passes when score >= minScore and, with failOnCritical, no Critical check fails, and, with
 * requireAttestations, no Critical item waits for a sign-off.
 */
public final class Scorer {

  private Scorer() {
  }

  public static ScoreCard score(List<CheckResult> results, GateSpec gate) {
    Integer score = weightedScore(results);
    var failingCritical = results.stream()
        .filter(r -> r.failing() && r.priority() == Priority.Critical)
        .map(r -> r.info().id())
        .toList();
    var unattestedCritical = Boolean.TRUE.equals(gate.getRequireAttestations()) ? results.stream()
        .filter(r -> r.state() == CheckState.Manual && r.priority() == Priority.Critical)
        .map(r -> r.info().id())
        .toList() : List.<String>of();
    int minScore = Objects.requireNonNullElse(gate.getMinScore(), 80);
    boolean failOnCritical = Objects.requireNonNullElse(gate.getFailOnCritical(), true);
    GateResult verdict;
    String reason;
    if (score == null) {
      verdict = GateResult.Fail;
      reason = "no check could be scored";
    } else if (score < minScore) {
      verdict = GateResult.Fail;
      reason = "score " + score + " is below the minimum " + minScore;
    } else if (failOnCritical && !failingCritical.isEmpty()) {
      verdict = GateResult.Fail;
      reason = "Critical checks fail: " + String.join(", ", failingCritical);
    } else if (!unattestedCritical.isEmpty()) {
      verdict = GateResult.Fail;
      reason = "Critical items need a sign-off (gate.requireAttestations): " + String.join(", ", unattestedCritical);
    } else {
      verdict = GateResult.Pass;
      reason = "score " + score + " reaches the minimum " + minScore
          + (failOnCritical ? " and no Critical check fails" : "");
    }
    return new ScoreCard(score, score == null ? null : Grade.of(score), verdict, reason, summarize(results),
        categories(results));
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
    Map<CheckState, Long> counts = results.stream()
        .collect(Collectors.groupingBy(CheckResult::state, () -> new EnumMap<>(CheckState.class), Collectors.counting()));
    return new Summary(count(counts, CheckState.Pass), count(counts, CheckState.Fail), count(counts, CheckState.Exempted),
        count(counts, CheckState.Manual), count(counts, CheckState.Attested), count(counts, CheckState.Expired),
        count(counts, CheckState.NotApplicable), count(counts, CheckState.Skipped), count(counts, CheckState.Error));
  }

  private static int count(Map<CheckState, Long> counts, CheckState state) {
    return counts.getOrDefault(state, 0L).intValue();
  }

  static List<CategoryScore> categories(List<CheckResult> results) {
    Map<Category, List<CheckResult>> byCategory = results.stream()
        .collect(Collectors.groupingBy(r -> r.info().category(), () -> new EnumMap<>(Category.class), Collectors.toList()));
    var scores = new ArrayList<CategoryScore>();
    byCategory.forEach((category, rs) -> scores.add(new CategoryScore(category.displayName(), weightedScore(rs),
        (int) rs.stream().filter(r -> r.state() == CheckState.Pass || r.state() == CheckState.Attested).count(),
        (int) rs.stream().filter(CheckResult::failing).count())));
    return scores;
  }
}
