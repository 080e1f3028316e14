package dev.prodready.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.check.Fixture;
import dev.prodready.samples.Samples;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The generated alerts are valid Prometheus rules: `promtool check rules` (built from Go modules by
 * hack/promtool.sh) accepts the PrometheusRule planned for samples/, and rejects a broken copy, so
 * this test can fail.
 */
@Tag("tools")
class PrometheusRulePromqlTest {

  @Test
  void generatedRulesPassPromtool() throws Exception {
    Path all = Files.createTempFile("samples", ".yaml");
    Files.writeString(
        all, "# served-crds: monitoring.coreos.com/PrometheusRule\n" + Samples.yaml());
    var snapshot = Fixture.load(all).snapshot();
    var spec = new RemediationSpec();
    spec.getPrometheusRules().setEnabled(true);
    var plan = Remediator.plan(snapshot, spec, GuardrailPlanTest.OWNER).get(0);
    var rule = (GenericKubernetesResource) plan.desired();
    String rulesFile = Serialization.asYaml(rule.getAdditionalProperties().get("spec"));
    assertTrue(rulesFile.contains("checkout") && rulesFile.contains("orders-db"), rulesFile);

    var valid = promtool(rulesFile);
    assertEquals(0, valid.exit(), valid.output());
    assertTrue(valid.output().contains("SUCCESS"), valid.output());

    var broken =
        promtool(rulesFile.replaceFirst("histogram_quantile\\(0.99, ", "histogram_quantile(0.99 "));
    assertNotEquals(
        0, broken.exit(), "promtool must reject a broken expression:\n" + broken.output());
  }

  record Run(int exit, String output) {}

  private static Run promtool(String rules) throws IOException, InterruptedException {
    Path file = Files.createTempFile("rules", ".yaml");
    Files.writeString(file, rules);
    Process process =
        new ProcessBuilder(promtoolPath(), "check", "rules", file.toString())
            .redirectErrorStream(true)
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("promtool timed out");
    }
    return new Run(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static String promtoolPath() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("bash", "hack/promtool.sh", "path")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String path =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, process.waitFor(), "hack/promtool.sh path failed");
    return path;
  }
}
