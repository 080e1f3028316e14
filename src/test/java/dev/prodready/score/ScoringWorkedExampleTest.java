package dev.prodready.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.CategoryScore;
import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.api.v1alpha1.GateSpec;
import dev.prodready.api.v1alpha1.Grade;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.check.CheckEngine;
import dev.prodready.check.CheckResult;
import dev.prodready.check.Checks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/scoring.md, number for number. */
class ScoringWorkedExampleTest {

  private static final CheckEngine CATALOG = Checks.engine();

  static List<CheckResult> example() {
    return List.of(
        result("cpu-requests", Priority.Critical, CheckState.Fail, 0.75),
        result("liveness-probe", Priority.Critical, CheckState.Pass, 1.0),
        result("pdb-coverage", Priority.High, CheckState.Fail, 0.5),
        result("resource-quota", Priority.High, CheckState.Fail, 0.0),
        result("limit-range", Priority.Medium, CheckState.Pass, 1.0),
        result("hpa-for-stateless", Priority.High, CheckState.NotApplicable, 0.0),
        result("topology-spread", Priority.High, CheckState.Skipped, 0.0));
  }

  @Test
  void scoreGradeAndGateOfTheDocumentedExample() {
    ScoreCard card = Scorer.score(example(), gate(80, true));
    // (10*0.75 + 10*1 + 5*0.5 + 5*0 + 2*1) / (10+10+5+5+2) = 22 / 32 = 68.75
    assertEquals(69, card.score());
    assertEquals(Grade.D, card.grade());
    assertEquals(GateResult.Fail, card.gate());
    assertEquals(
        "score 69 is below the minimum 80; Critical checks fail: cpu-requests", card.gateReason());
    assertEquals(
        List.of(
            new CategoryScore("Resources", 55, 1, 3), new CategoryScore("Reliability", 100, 1, 0)),
        card.categories());
    assertEquals(2, card.summary().passed());
    assertEquals(3, card.summary().failed());
    assertEquals(1, card.summary().notApplicable());
    assertEquals(1, card.summary().skipped());
  }

  @Test
  void aFailingCriticalCheckFailsTheGateEvenAboveTheMinimumScore() {
    ScoreCard card = Scorer.score(example(), gate(60, true));
    assertEquals(GateResult.Fail, card.gate());
    assertEquals("Critical checks fail: cpu-requests", card.gateReason());

    ScoreCard lenient = Scorer.score(example(), gate(60, false));
    assertEquals(GateResult.Pass, lenient.gate());
  }

  @Test
  void nothingScoredGivesNoScoreAndAFailedGate() {
    ScoreCard card =
        Scorer.score(
            List.of(result("hpa-for-stateless", Priority.High, CheckState.NotApplicable, 0)),
            gate(0, false));
    assertEquals(null, card.score());
    assertEquals(GateResult.Fail, card.gate());
  }

  @Test
  void gradeBoundaries() {
    assertEquals(Grade.A, Grade.of(90));
    assertEquals(Grade.B, Grade.of(89));
    assertEquals(Grade.B, Grade.of(80));
    assertEquals(Grade.C, Grade.of(70));
    assertEquals(Grade.D, Grade.of(60));
    assertEquals(Grade.F, Grade.of(59));
  }

  @Test
  void theDocumentShowsTheseNumbers() throws Exception {
    String doc = Files.readString(Path.of("docs/scoring.md"));
    for (String expected :
        List.of(
            "22 / 32",
            "68.75",
            "**69**",
            "grade **D**",
            "| Resources | 55 |",
            "| Reliability | 100 |")) {
      assertTrue(doc.contains(expected), "docs/scoring.md should contain " + expected);
    }
  }

  private static CheckResult result(
      String id, Priority priority, CheckState state, double fraction) {
    var info = CATALOG.find(id).orElseThrow().info();
    return new CheckResult(info, priority, state, "", List.of(), 0, fraction);
  }

  private static GateSpec gate(int minScore, boolean failOnCritical) {
    var gate = new GateSpec();
    gate.setMinScore(minScore);
    gate.setFailOnCritical(failOnCritical);
    return gate;
  }
}
