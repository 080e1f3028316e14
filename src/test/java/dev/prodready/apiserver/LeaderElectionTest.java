package dev.prodready.apiserver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * With leader election on and only the RBAC of config/rbac.yaml, the operator takes the Lease in its namespace and,
 * as leader, reconciles. (Fail-over between two replicas is JOSDK's and fabric8's LeaderElector's behaviour.)
 */
@QuarkusTest
@TestProfile(LeaderElectionProfile.class)
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

  @Test
  void theOperatorHoldsTheLeaseAndReconcilesAsLeader() {
    await().atMost(LocalApiServer.timeout()).until(() -> {
      Lease lease = admin.resources(Lease.class).inNamespace(OperatorServiceAccountResource.NAMESPACE)
          .withName("prodready-operator").get();
      return lease != null && lease.getSpec().getHolderIdentity() != null;
    });
    await().atMost(LocalApiServer.timeout()).until(() -> {
      var p = admin.resources(ReadinessProfile.class).inNamespace("shop").withName("production").get();
      return p != null && p.getStatus() != null && p.getStatus().getScore() != null;
    });
    var lease = admin.resources(Lease.class).inNamespace(OperatorServiceAccountResource.NAMESPACE)
        .withName("prodready-operator").get();
    assertTrue(!lease.getSpec().getHolderIdentity().isBlank());
    String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertTrue(java.util.regex.Pattern.compile("(?m)^prodready_leader(\\{[^}]*})? 1\\.0$").matcher(metrics).find(),
        "the leader reports prodready_leader 1");
  }
}
