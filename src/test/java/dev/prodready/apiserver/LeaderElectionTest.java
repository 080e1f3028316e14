package dev.prodready.apiserver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.leader.LeaseHandover;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * With leader election on and only the RBAC of config/rbac.yaml, the operator takes the Lease in
 * its namespace and, as leader, reconciles. (Fail-over between two replicas is JOSDK's and
 * fabric8's LeaderElector's behaviour.)
 */
@QuarkusTest
@TestProfile(LeaderElectionProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@QuarkusTestResource(value = OperatorServiceAccountResource.class, restrictToAnnotatedClass = true)
@Tag("apiserver")
class LeaderElectionTest {

  private static KubernetesClient admin;

  @BeforeAll
  static void start() {
    admin = LocalApiServer.adminClient();
    LocalApiServer.applyFolder(admin, Path.of("samples"));
  }

  @AfterAll
  static void close() {
    admin.close();
  }

  @Inject LeaseHandover handover;

  @Inject Event<ShutdownEvent> shutdown;

  @Test
  @Order(1)
  void theOperatorHoldsTheLeaseAndReconcilesAsLeader() {
    await()
        .atMost(LocalApiServer.timeout())
        .until(
            () -> {
              Lease lease =
                  admin
                      .resources(Lease.class)
                      .inNamespace(OperatorServiceAccountResource.NAMESPACE)
                      .withName("prodready-operator")
                      .get();
              return lease != null && lease.getSpec().getHolderIdentity() != null;
            });
    await()
        .atMost(LocalApiServer.timeout())
        .until(
            () -> {
              var p =
                  admin
                      .resources(ReadinessProfile.class)
                      .inNamespace("shop")
                      .withName("production")
                      .get();
              return p != null && p.getStatus() != null && p.getStatus().score() != null;
            });
    var lease =
        admin
            .resources(Lease.class)
            .inNamespace(OperatorServiceAccountResource.NAMESPACE)
            .withName("prodready-operator")
            .get();
    assertTrue(!lease.getSpec().getHolderIdentity().isBlank());
    assertEquals(
        handover.identity(),
        lease.getSpec().getHolderIdentity(),
        "a per-process identity, never a bare host name");
    String metrics =
        RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertTrue(
        Pattern.compile("(?m)^prodready_leader(\\{[^}]*})? 1\\.0$").matcher(metrics).find(),
        "the leader reports prodready_leader 1");
  }

  /**
   * Regression for "SIGTERM hangs and the Lease is kept for its full duration": the application's
   * ShutdownEvent observers (JOSDK's stop through Quarkus Operator SDK, and ours before and after
   * it) run in their real order; they must finish within a few seconds, must not exit the JVM (that
   * is what hung JOSDK 5.1.5), and must leave the Lease free for a follower. Runs last: the
   * operator is stopped afterwards.
   */
  @Test
  @Order(2)
  void shutdownReleasesTheLeaseWithinSeconds() {
    await()
        .atMost(LocalApiServer.timeout())
        .until(() -> handover.identity().equals(lease().getSpec().getHolderIdentity()));

    long start = System.nanoTime();
    shutdown.fire(new ShutdownEvent());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "shutdown took " + took);
    Lease lease = lease();
    assertNull(lease.getSpec().getHolderIdentity(), "released for a follower: " + lease.getSpec());
  }

  private static Lease lease() {
    return admin
        .resources(Lease.class)
        .inNamespace(OperatorServiceAccountResource.NAMESPACE)
        .withName("prodready-operator")
        .get();
  }
}
