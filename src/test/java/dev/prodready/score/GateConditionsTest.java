package dev.prodready.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.api.v1alpha1.GateSpec;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.check.CheckEngine;
import dev.prodready.check.CheckResult;
import dev.prodready.check.Checks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every gate condition docs/scoring.md lists, and that no check in Error lets the gate pass
 * silently.
 */
class GateConditionsTest {

  private static final CheckEngine CATALOG = Checks.engine();

  private static CheckResult result(
      String id, Priority priority, CheckState state, double fraction, String message) {
    var info = CATALOG.find(id).orElseThrow().info();
    return new CheckResult(info, priority, state, message, List.of(), 0, fraction);
  }

  private static CheckResult passing(String id, Priority priority) {
    return result(id, priority, CheckState.Pass, 1, "");
  }

  private static GateSpec gate(int minScore, boolean failOnCritical, boolean requireAttestations) {
    var gate = new GateSpec();
    gate.setMinScore(minScore);
    gate.setFailOnCritical(failOnCritical);
    gate.setRequireAttestations(requireAttestations);
    return gate;
  }

  @Test
  void aCriticalCheckInErrorFailsTheGateWithTheError() {
    var results =
        List.of(
            passing("liveness-probe", Priority.Critical),
            result(
                "cpu-requests",
                Priority.Critical,
                CheckState.Error,
                0,
                "check could not be evaluated: boom"));
    ScoreCard card = Scorer.score(results, gate(80, true, false));
    assertEquals(100, card.score(), "an Error leaves the denominator");
    assertEquals(GateResult.Fail, card.gate());
    assertEquals(
        "Critical checks could not be evaluated: cpu-requests (check could not be evaluated: boom)",
        card.gateReason());
  }

  @Test
  void aCriticalErrorWithoutFailOnCriticalIsNamedInThePassingReason() {
    var results =
        List.of(
            passing("liveness-probe", Priority.Critical),
            result("cpu-requests", Priority.Critical, CheckState.Error, 0, "boom"));
    ScoreCard card = Scorer.score(results, gate(80, false, false));
    assertEquals(GateResult.Pass, card.gate());
    assertEquals(
        "score 100 reaches the minimum 80; not evaluated (Error, left out of the score): cpu-requests",
        card.gateReason());
  }

  @Test
  void aNonCriticalErrorDoesNotFailTheGateButIsNeverSilent() {
    var results =
        List.of(
            passing("liveness-probe", Priority.Critical),
            result("limit-range", Priority.Medium, CheckState.Error, 0, "boom"));
    ScoreCard card = Scorer.score(results, gate(80, true, false));
    assertEquals(GateResult.Pass, card.gate());
    assertTrue(
        card.gateReason().endsWith("; not evaluated (Error, left out of the score): limit-range"),
        card.gateReason());
    assertEquals(1, card.summary().error());
  }

  @Test
  void requireAttestationsFailsOnAnUnsignedCriticalItemOnly() {
    var results =
        List.of(
            passing("liveness-probe", Priority.Critical),
            result("restore-tested", Priority.Critical, CheckState.Manual, 0, "needs a sign-off"),
            result("limit-range", Priority.Medium, CheckState.Manual, 0, "needs a sign-off"));
    ScoreCard strict = Scorer.score(results, gate(80, true, true));
    assertEquals(GateResult.Fail, strict.gate());
    assertEquals(
        "Critical items need a sign-off (gate.requireAttestations): restore-tested",
        strict.gateReason());
    assertEquals(GateResult.Pass, Scorer.score(results, gate(80, true, false)).gate());
  }

  @Test
  void nothingScoredFailsEvenAtMinimumZero() {
    ScoreCard card =
        Scorer.score(
            List.of(result("limit-range", Priority.Medium, CheckState.NotApplicable, 0, "")),
            gate(0, false, false));
    assertEquals(GateResult.Fail, card.gate());
    assertEquals("no check could be scored", card.gateReason());
  }

  @Test
  void everyFailingConditionIsListed() {
    var results =
        List.of(
            result("cpu-requests", Priority.Critical, CheckState.Fail, 0.5, ""),
            result("restore-tested", Priority.Critical, CheckState.Manual, 0, ""));
    assertEquals(
        "score 50 is below the minimum 80; Critical checks fail: cpu-requests; Critical items need a sign-off "
            + "(gate.requireAttestations): restore-tested",
        Scorer.score(results, gate(80, true, true)).gateReason());
  }

  @Test
  void theDocumentListsEveryGateCondition() throws Exception {
    String doc = Files.readString(Path.of("docs/scoring.md"));
    for (String condition :
        List.of(
            "minScore",
            "failOnCritical",
            "requireAttestations",
            "no check could be scored",
            "Error")) {
      assertTrue(doc.contains(condition), "docs/scoring.md should name " + condition);
    }
  }
}
