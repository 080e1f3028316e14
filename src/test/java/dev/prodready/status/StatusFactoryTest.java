package dev.prodready.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.prodready.api.v1alpha1.GateSpec;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.api.v1alpha1.RemediationMode;
import dev.prodready.api.v1alpha1.RemediationStatus;
import dev.prodready.check.CheckEngine;
import dev.prodready.check.CheckResult;
import dev.prodready.check.Checks;
import dev.prodready.check.EvaluationPolicy;
import dev.prodready.check.Fixture;
import dev.prodready.evaluation.Evaluator;
import dev.prodready.score.ScoreCard;
import dev.prodready.score.Scorer;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusFactoryTest {

  private static final CheckEngine ENGINE = Checks.engine();
  private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  private final StatusFactory factory = new StatusFactory(Duration.ofMinutes(10));

  private ReadinessProfileStatus evaluate(
      ReadinessProfileStatus previous, long generation, Instant now) throws Exception {
    return evaluate(previous, generation, now, null);
  }

  private ReadinessProfileStatus evaluate(
      ReadinessProfileStatus previous, long generation, Instant now, RemediationStatus remediation)
      throws Exception {
    var snapshot = Fixture.load(Path.of("src/test/resources/status/namespace.yaml")).snapshot();
    var evaluation =
        new Evaluator(ENGINE)
            .evaluate(snapshot, snapshot.profile(), LocalDate.of(2026, 11, 26), 10);
    return factory.evaluated(
        previous, generation, evaluation.results(), evaluation.card(), List.of(), remediation, now);
  }

  @Test
  void unchangedInputGivesAnEqualStatus() throws Exception {
    ReadinessProfileStatus first = evaluate(null, 1, T0);
    ReadinessProfileStatus again = evaluate(first, 1, T0.plusSeconds(60));
    assertEquals(first, again, "nothing changed, so nothing may be patched");
    assertEquals("2026-11-26T10:00:00Z", again.lastEvaluated());
  }

  /**
   * An InvalidSpec keeps the last evaluation, remediation included: dropping it emptied the
   * Remediation printer column and made the next valid pass announce every held-back guardrail
   * again.
   */
  @Test
  void anInvalidSpecKeepsTheLastRemediationStatus() throws Exception {
    var remediation = new RemediationStatus(RemediationMode.DryRun, "DryRun: 1 planned", List.of());
    ReadinessProfileStatus evaluated = evaluate(null, 1, T0, remediation);
    ReadinessProfileStatus invalid =
        factory.notEvaluated(
            evaluated,
            2L,
            StatusFactory.REASON_INVALID,
            "spec.checks.exclude[0]: unknown check id",
            T0.plusSeconds(60));
    assertEquals(remediation, invalid.remediation());
    assertEquals(evaluated.score(), invalid.score());
  }

  /**
   * Every field of a status survives an InvalidSpec but those that say it was not evaluated: a
   * field added to the status and forgotten in notEvaluated fails here.
   */
  @Test
  void anInvalidSpecKeepsEveryFieldButGenerationAndConditions() throws Exception {
    var remediation = new RemediationStatus(RemediationMode.DryRun, "DryRun: 1 planned", List.of());
    ReadinessProfileStatus evaluated = evaluate(null, 1, T0, remediation);
    ReadinessProfileStatus invalid =
        factory.notEvaluated(
            evaluated, 2L, StatusFactory.REASON_INVALID, "invalid", T0.plusSeconds(60));
    var rewritten = Set.of("observedGeneration", "lastEvaluated", "conditions");
    for (RecordComponent field : ReadinessProfileStatus.class.getRecordComponents()) {
      if (!rewritten.contains(field.getName())) {
        Object before = field.getAccessor().invoke(evaluated);
        assertNotNull(before, field.getName() + " is set by an evaluation");
        assertEquals(before, field.getAccessor().invoke(invalid), field.getName());
      }
    }
  }

  @Test
  void lastEvaluatedIsRefreshedOncePerResyncPeriod() throws Exception {
    ReadinessProfileStatus first = evaluate(null, 1, T0);
    ReadinessProfileStatus later = evaluate(first, 1, T0.plus(Duration.ofMinutes(10)));
    assertNotEquals(first, later);
    assertEquals("2026-11-26T10:10:00Z", later.lastEvaluated());
  }

  @Test
  void historyRecordsScoreChangesOnlyAndKeepsTheLastTen() throws Exception {
    var snapshot = Fixture.load(Path.of("src/test/resources/status/namespace.yaml")).snapshot();
    List<CheckResult> results = ENGINE.evaluate(snapshot, EvaluationPolicy.defaults(10));
    ReadinessProfileStatus status = null;
    for (int i = 0; i < 15; i++) {
      var gate = new GateSpec();
      gate.setMinScore(i);
      var card = Scorer.score(results, gate);
      var changed =
          new ScoreCard(
              card.score() + i,
              card.grade(),
              card.gate(),
              card.gateReason(),
              card.summary(),
              card.categories());
      status = factory.evaluated(status, 1L, results, changed, T0.plusSeconds(60L * i));
      status = factory.evaluated(status, 1L, results, changed, T0.plusSeconds(60L * i + 30));
    }
    assertEquals(StatusFactory.HISTORY_SIZE, status.history().size());
    assertEquals(status.score(), status.history().get(9).score());
    assertEquals(
        "2026-11-26T10:05:00Z",
        status.history().get(0).time(),
        "the oldest five changes were dropped");
  }

  @Test
  void transitionTimeIsKeptWhileStatusHoldsAndMovesWhenItFlips() throws Exception {
    ReadinessProfileStatus first = evaluate(null, 1, T0);
    ReadinessProfileStatus newGeneration = evaluate(first, 2, T0.plusSeconds(30));
    var ready = Conditions.find(newGeneration.conditions(), Conditions.READY);
    assertEquals("2026-11-26T10:00:00Z", ready.getLastTransitionTime());
    assertEquals(2L, ready.getObservedGeneration());

    ReadinessProfileStatus invalid =
        factory.notEvaluated(
            newGeneration,
            3L,
            StatusFactory.REASON_INVALID,
            "spec.checks.exclude[0]: unknown check id 'x'",
            T0.plusSeconds(90));
    var notReady = Conditions.find(invalid.conditions(), Conditions.READY);
    assertEquals("False", notReady.getStatus());
    assertEquals("InvalidSpec", notReady.getReason());
    assertEquals("2026-11-26T10:01:30Z", notReady.getLastTransitionTime());
    assertEquals(
        null,
        Conditions.find(invalid.conditions(), Conditions.CHECKS_PASSING),
        "an unevaluated profile makes no claim about the gate");
    assertEquals(newGeneration.score(), invalid.score(), "the last results stay visible");
  }
}
