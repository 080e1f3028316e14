package dev.prodready.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.api.v1alpha1.Grade;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.check.CheckResult;
import dev.prodready.check.Checks;
import dev.prodready.check.Fixture;
import dev.prodready.evaluation.Evaluation;
import dev.prodready.evaluation.Evaluator;
import dev.prodready.score.ScoreCard;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exactly the files in samples/, evaluated as the operator would: the numbers the README shows. */
public class SamplesTest {

  public static final int EXPECTED_SCORE = 48;
  public static final int EXPECTED_FAILED = 32;
  public static final int EXPECTED_PASSED = 6;

  @Test
  void samplesScoreAsDocumented() throws Exception {
    Path all = Files.createTempFile("samples", ".yaml");
    Files.writeString(all, Samples.yaml());
    var snapshot = Fixture.load(all).snapshot();
    ReadinessProfile profile =
        Serialization.unmarshal(
            Files.readString(Path.of("samples/50-profile.yaml")), ReadinessProfile.class);
    Evaluation evaluation =
        new Evaluator(Checks.engine()).evaluate(snapshot, profile.getSpec(), LocalDate.now(), 10);
    List<CheckResult> results = evaluation.results();
    ScoreCard card = evaluation.card();

    assertEquals(EXPECTED_SCORE, card.score(), card.toString());
    assertEquals(Grade.F, card.grade());
    assertEquals(GateResult.Fail, card.gate());
    assertEquals(EXPECTED_PASSED, card.summary().passed(), card.toString());
    assertEquals(EXPECTED_FAILED, card.summary().failed());
    assertEquals(CheckState.Pass, state(results, "resource-quota"));
    assertEquals(CheckState.Pass, state(results, "limit-range"));
    CheckResult liveness =
        results.stream()
            .filter(r -> r.info().id().equals("liveness-probe"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("deployment/legacy-api: containers without livenessProbe: api"),
        liveness.offenders());
    assertEquals(
        2.0 / 3,
        liveness.passFraction(),
        1e-9,
        "checkout and orders-db pass; the CronJob is not counted");
    assertEquals(
        Priority.Critical,
        results.stream()
            .filter(r -> r.info().id().equals("topology-spread"))
            .findFirst()
            .orElseThrow()
            .priority(),
        "the sample profile raises topology-spread to Critical");
  }

  private static CheckState state(List<CheckResult> results, String id) {
    return results.stream().filter(r -> r.info().id().equals(id)).findFirst().orElseThrow().state();
  }
}
