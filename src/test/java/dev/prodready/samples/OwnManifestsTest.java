package dev.prodready.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.Grade;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.check.CheckResult;
import dev.prodready.check.Checks;
import dev.prodready.check.Fixture;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.evaluation.Evaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operator's own manifests, config/ (the chart rendered with default values, kept so by
 * InstallManifestsTest), scored by its own engine: every workload check passes, and the namespace
 * scores an A. Every exemption they need is an annotation with its reason on the object.
 */
class OwnManifestsTest {

  @Test
  void defaultChartScoresGradeA() throws Exception {
    Path both = Files.createTempFile("config", ".yaml");
    Files.writeString(
        both,
        Files.readString(Path.of("config/rbac.yaml"))
            + "\n---\n"
            + Files.readString(Path.of("config/operator.yaml")));
    var all = Fixture.load(both).snapshot();
    var evaluation =
        new Evaluator(Checks.engine())
            .evaluate(all, new ReadinessProfileSpec(), LocalDate.now(), 10);
    List<CheckResult> results = evaluation.results();
    var card = evaluation.card();
    List<String> failing =
        results.stream()
            .filter(CheckResult::failing)
            .map(r -> r.priority() + " " + r.info().id() + ": " + r.message())
            .toList();
    assertEquals(Grade.A, card.grade(), "score " + card.score() + "; failing: " + failing);
    System.out.println(
        "OwnManifestsTest: default chart scores "
            + card.score()
            + " ("
            + card.grade()
            + "); failing: "
            + failing);
  }

  @Test
  void operatorDeploymentPassesItsOwnWorkloadChecks() throws Exception {
    Path both = Files.createTempFile("config", ".yaml");
    Files.writeString(
        both,
        Files.readString(Path.of("config/rbac.yaml"))
            + "\n---\n"
            + Files.readString(Path.of("config/operator.yaml")));
    var all = Fixture.load(both).snapshot();
    var engine = Checks.engine();
    var evaluation =
        new Evaluator(engine).evaluate(all, new ReadinessProfileSpec(), LocalDate.now(), 10);
    assertEquals(List.of(), evaluation.rejectedExemptions(), "annotation exemptions must be valid");
    List<String> failing =
        evaluation.results().stream()
            .filter(r -> engine.find(r.info().id()).orElseThrow() instanceof WorkloadCheck)
            .filter(r -> r.state() == CheckState.Fail || r.state() == CheckState.Error)
            .map(r -> r.info().id() + ": " + r.offenders())
            .toList();
    assertEquals(List.of(), failing);
  }
}
