package dev.prodready.mockserver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Regression for "after JOSDK's retries run out, the profile is never evaluated again"
 * (java-operator-sdk 5.1.5 reschedules it only after 10 hours). Every status write of this profile
 * fails; JOSDK's single retry is exhausted within a second; from then on only the operator's own
 * reschedule (prodready.reschedule-after-failure, 1 s here) can bring another attempt. Without it,
 * the profile gets 2 attempts in the whole test.
 */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
@TestProfile(FailingStatusWritesProfile.class)
@Tag("mockserver")
class FailedReconcileRescheduleTest {

  private static final long WATCH_MILLIS = 10_000;

  @KubernetesTestServer KubernetesServer server;

  @Inject KubernetesClient client;

  @Test
  void aProfileWhoseRetriesRanOutIsTriedAgain() throws Exception {
    client
        .resource(
            new NamespaceBuilder().withNewMetadata().withName("retries").endMetadata().build())
        .create();
    client
        .resource(ReadinessProfileReconcilerTest.profile("retries", "production", Map.of()))
        .create();

    int statusWrites = 0;
    long end = System.currentTimeMillis() + WATCH_MILLIS;
    while (System.currentTimeMillis() < end) {
      RecordedRequest request =
          server.getKubernetesMockServer().takeRequest(200, TimeUnit.MILLISECONDS);
      if (request != null
          && "PATCH".equals(request.getMethod())
          && request
              .getPath()
              .contains("/namespaces/retries/readinessprofiles/production/status")) {
        statusWrites++;
      }
    }
    assertTrue(
        statusWrites >= 5,
        "status write attempts in "
            + WATCH_MILLIS
            + " ms: "
            + statusWrites
            + " (2 means the profile was abandoned after JOSDK's retries)");
  }
}
