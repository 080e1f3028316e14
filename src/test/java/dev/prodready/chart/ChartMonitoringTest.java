package dev.prodready.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every PromQL expression of the chart (alerts and dashboard) passes `promtool check rules`, and a
 * broken copy does not. That the metrics they read exist is checked against a live operator in
 * HelmInstallOnApiServerTest.
 */
@Tag("tools")
class ChartMonitoringTest {

  @Test
  void alertsCoverTheOperatorAndTheNamespaces() {
    assertEquals(
        List.of(
            "ProdreadyReconcileErrors",
            "ProdreadyNoEvaluation",
            "ProdreadyNoLeader",
            "ProdreadyGateFailing",
            "ProdreadyScoreDropped",
            "ProdreadyExpiringSoon"),
        List.copyOf(MonitoringQueries.alerts().keySet()));
  }

  @Test
  void dashboardShowsWhatTheIssueAsks() {
    assertEquals(
        List.of(
            "Score per namespace",
            "Gate",
            "Category scores",
            "Failing Critical checks",
            "Checks by state",
            "Remediation actions",
            "Evaluation duration",
            "Reconcile errors"),
        List.copyOf(MonitoringQueries.dashboardQueries().keySet()));
  }

  @Test
  void metricNamesAreExtractedFromExpressions() {
    assertEquals(
        Set.of("prodready_score"),
        MonitoringQueries.metricNames(
            "max by (namespace, profile) (max_over_time(prodready_score{namespace=~\".*\"}[1d])) - max by (namespace) (prodready_score) >= 10"));
    assertEquals(
        Set.of("prodready_leader"),
        MonitoringQueries.metricNames("max(prodready_leader) < 1 or absent(prodready_leader)"));
  }

  @Test
  void everyExpressionPassesPromtool() throws Exception {
    var alerts = promtool(MonitoringQueries.rulesFile());
    assertEquals(0, alerts.exitCode(), alerts.output());
    assertTrue(alerts.output().contains("SUCCESS: 6 rules found"), alerts.output());

    var dashboard = promtool(MonitoringQueries.dashboardAsRecordingRules());
    assertEquals(0, dashboard.exitCode(), dashboard.output());

    var broken =
        promtool(
            MonitoringQueries.rulesFile()
                .replace(
                    "max by (namespace) (prodready_gate_passed)",
                    "max by (namespace) (prodready_gate_passed"));
    assertNotEquals(
        0, broken.exitCode(), "promtool must reject a broken expression:\n" + broken.output());
  }

  private static Helm.Result promtool(String rules) throws IOException, InterruptedException {
    Path file = Files.createTempFile("rules", ".yaml");
    Files.writeString(file, rules);
    Process process =
        new ProcessBuilder(promtoolPath(), "check", "rules", file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("promtool timed out");
    }
    return new Helm.Result(process.exitValue(), out);
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
