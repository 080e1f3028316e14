package dev.prodready.apiserver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.audit.Cli;
import dev.prodready.check.Checks;
import dev.prodready.samples.SamplesTest;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The operator against a real kube-apiserver, authenticated as its own service account, with
 * server-side apply: samples/ applied, status written through the status subresource, `kubectl get
 * rp` printing the columns, and `prodready audit` writing the same status offline.
 */
@QuarkusTest
@QuarkusTestResource(value = OperatorServiceAccountResource.class, restrictToAnnotatedClass = true)
@Tag("apiserver")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorOnApiServerTest {

  private static KubernetesClient admin;

  @BeforeAll
  static void applySamples() {
    admin = LocalApiServer.adminClient();
    LocalApiServer.applyFolder(admin, Path.of("samples"));
  }

  @AfterAll
  static void close() {
    admin.close();
  }

  @Test
  void samplesAreScoredThroughTheStatusSubresource() {
    ReadinessProfileStatus status = awaitScore();
    assertEquals(SamplesTest.EXPECTED_SCORE, status.score());
    assertEquals("F", status.grade().name());
    assertEquals("Fail", status.gate().name());
    assertEquals(Checks.all().size(), status.checks().size(), "one entry per catalog item");

    var profile =
        admin.resources(ReadinessProfile.class).inNamespace("shop").withName("production").get();
    var statusManagers =
        profile.getMetadata().getManagedFields().stream()
            .filter(f -> "status".equals(f.getSubresource()))
            .map(f -> f.getManager() + "/" + f.getOperation())
            .toList();
    assertTrue(
        statusManagers.stream().anyMatch(m -> m.endsWith("/Apply")),
        "status is written by server-side apply: " + statusManagers);
  }

  @Test
  void kubectlPrintsScoreGradeAndGateColumns() throws Exception {
    awaitScore();
    String out =
        run(
            LocalApiServer.kubectl().toString(),
            "--kubeconfig",
            LocalApiServer.kubeconfig().toString(),
            "get",
            "rp",
            "-n",
            "shop");
    List<String> lines = out.lines().toList();
    assertEquals(
        List.of("NAME", "SCORE", "GRADE", "GATE", "FAILED", "REMEDIATION", "AGE"),
        List.of(lines.get(0).split("\\s+")),
        out);
    List<String> row = List.of(lines.get(1).split("\\s+"));
    assertEquals(
        List.of(
            "production",
            String.valueOf(SamplesTest.EXPECTED_SCORE),
            "F",
            "Fail",
            String.valueOf(SamplesTest.EXPECTED_FAILED),
            "Off"),
        row.subList(0, 6),
        out);
  }

  @Test
  void gateEventIsRecordedOnTheProfile() {
    awaitScore();
    await()
        .atMost(LocalApiServer.timeout())
        .until(
            () ->
                admin.v1().events().inNamespace("shop").list().getItems().stream()
                    .map(Event::getReason)
                    .toList()
                    .contains("GateFailed"));
  }

  /**
   * `prodready audit -f samples/` writes, offline, the status the operator wrote for the same
   * objects on the real API server: equal field for field once the timestamps (lastEvaluated,
   * condition transition times, history times) are removed, compared as key-sorted JSON so a
   * difference shows as a readable diff.
   */
  @Test
  void theAuditCommandWritesTheStatusTheOperatorWrites() throws Exception {
    awaitScore();
    var stored =
        admin
            .genericKubernetesResources(
                ReadinessProfile.GROUP + "/" + ReadinessProfile.VERSION, "ReadinessProfile")
            .inNamespace("shop")
            .withName("production")
            .get();
    JsonNode operatorStatus = MAPPER.valueToTree(stored.getAdditionalProperties().get("status"));

    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int exit =
        new Cli(
                InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run("audit", "-f", "samples", "--format", "json");
    assertEquals(Cli.FAILED, exit, "the samples fail their gate; stderr: " + err);
    assertEquals("", err.toString(StandardCharsets.UTF_8), "samples/ is read without a problem");
    JsonNode items = MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("items");
    assertEquals(1, items.size(), "one namespace in samples/");
    assertEquals("shop", items.get(0).get("metadata").get("namespace").asText());

    assertEquals(
        sortedWithoutTimestamps(operatorStatus),
        sortedWithoutTimestamps(items.get(0).get("status")));
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private static String sortedWithoutTimestamps(JsonNode status) throws Exception {
    ObjectNode copy = status.deepCopy();
    copy.remove("lastEvaluated");
    copy.withArray("conditions").forEach(c -> ((ObjectNode) c).remove("lastTransitionTime"));
    copy.withArray("history").forEach(h -> ((ObjectNode) h).remove("time"));
    // Key-sorted text: the API server returns keys in its own order, the CLI in the model's.
    return MAPPER.writeValueAsString(MAPPER.treeToValue(copy, Object.class));
  }

  /** Runs last: installing a CRD changes what every later evaluation sees. */
  @Test
  @Order(Integer.MAX_VALUE)
  void anOptionalCrdInstalledWhileRunningIsPickedUpWithoutRestart() {
    awaitScore();
    // Without the CRD the Critical item needs a sign-off; it does not drop out of the gate (issue
    // 10, item 10).
    assertEquals(CheckState.Manual, state("alerting-rules"));

    LocalApiServer.installCrd(
        admin, Path.of("src/test/resources/crds/prometheusrules.monitoring.coreos.com.yaml"));
    await()
        .atMost(LocalApiServer.timeout())
        .until(() -> state("alerting-rules") == CheckState.Fail);

    admin
        .resource(
            Serialization.unmarshal(
                """
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: shop-alerts, namespace: shop}
        spec:
          groups:
            - name: shop
              rules:
                - alert: HighErrorRate
                  expr: sum(rate(http_requests_total{namespace="shop",status=~"5.."}[5m])) / sum(rate(http_requests_total{namespace="shop"}[5m])) > 0.05
                  annotations: {runbook_url: "https://runbooks.shop.internal/high-error-rate"}
                - alert: HighLatency
                  expr: histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket{namespace="shop"}[5m])) by (le)) > 1
                  annotations: {runbook_url: "https://runbooks.shop.internal/high-latency"}
                - alert: PodCrashLooping
                  expr: increase(kube_pod_container_status_restarts_total{namespace="shop"}[1h]) > 3
                  annotations: {runbook_url: "https://runbooks.shop.internal/crash-looping"}
        """,
                GenericKubernetesResource.class))
        .create();
    await()
        .atMost(LocalApiServer.timeout())
        .until(() -> state("alerting-rules") == CheckState.Pass);
  }

  private static CheckState state(String id) {
    var status =
        admin
            .resources(ReadinessProfile.class)
            .inNamespace("shop")
            .withName("production")
            .get()
            .getStatus();
    return status.checks().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow()
        .state();
  }

  private static ReadinessProfileStatus awaitScore() {
    return await()
        .atMost(LocalApiServer.timeout())
        .until(
            () -> {
              var p =
                  admin
                      .resources(ReadinessProfile.class)
                      .inNamespace("shop")
                      .withName("production")
                      .get();
              return p == null ? null : p.getStatus();
            },
            s -> s != null && s.score() != null);
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    return out;
  }
}
