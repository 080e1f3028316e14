package dev.prodready.apiserver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.samples.SamplesTest;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The operator against a real kube-apiserver, authenticated as its own service account, with server-side apply:
 * samples/ applied, status written through the status subresource, and `kubectl get rp` printing the columns.
 */
@QuarkusTest
@QuarkusTestResource(value = OperatorServiceAccountResource.class, restrictToAnnotatedClass = true)
@Tag("apiserver")
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
    assertEquals(SamplesTest.EXPECTED_SCORE, status.getScore());
    assertEquals("F", status.getGrade().name());
    assertEquals("Fail", status.getGate().name());
    assertEquals(47, status.getChecks().size());

    var profile = admin.resources(ReadinessProfile.class).inNamespace("shop").withName("production").get();
    var statusManagers = profile.getMetadata().getManagedFields().stream()
        .filter(f -> "status".equals(f.getSubresource())).map(f -> f.getManager() + "/" + f.getOperation()).toList();
    assertTrue(statusManagers.stream().anyMatch(m -> m.endsWith("/Apply")),
        "status is written by server-side apply: " + statusManagers);
  }

  @Test
  void kubectlPrintsScoreGradeAndGateColumns() throws Exception {
    awaitScore();
    String out = run(LocalApiServer.kubectl().toString(), "--kubeconfig", LocalApiServer.kubeconfig().toString(),
        "get", "rp", "-n", "shop");
    List<String> lines = out.lines().toList();
    assertEquals(List.of("NAME", "SCORE", "GRADE", "GATE", "FAILED", "AGE"), List.of(lines.get(0).split("\\s+")), out);
    List<String> row = List.of(lines.get(1).split("\\s+"));
    assertEquals(List.of("production", String.valueOf(SamplesTest.EXPECTED_SCORE), "F", "Fail", "30"), row.subList(0, 5), out);
  }

  @Test
  void gateEventIsRecordedOnTheProfile() {
    awaitScore();
    await().atMost(LocalApiServer.timeout()).until(() -> admin.v1().events().inNamespace("shop").list().getItems().stream()
        .map(Event::getReason).toList().contains("GateFailed"));
  }

  private static ReadinessProfileStatus awaitScore() {
    return await().atMost(LocalApiServer.timeout()).until(() -> {
      var p = admin.resources(ReadinessProfile.class).inNamespace("shop").withName("production").get();
      return p == null ? null : p.getStatus();
    }, s -> s != null && s.getScore() != null);
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
