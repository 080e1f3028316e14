package dev.prodready.apiserver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.processing.Controller;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sharding on the real API server. This instance is shard "a" (namespaces labelled
 * prodready.dev/shard=a); the namespaces of shard "b" belong to another instance. Shard "a" must
 * never evaluate or write a profile outside its namespaces, must not cache their objects (only
 * metadata stubs), and must follow a namespace relabelled from one shard to the other in both
 * directions.
 */
@QuarkusTest
@TestProfile(ShardProfile.class)
@QuarkusTestResource(value = OperatorServiceAccountResource.class, restrictToAnnotatedClass = true)
@Tag("apiserver")
class ShardOnApiServerTest {

  private static KubernetesClient admin;

  @Inject Operator operator;

  @BeforeAll
  static void connect() {
    admin = LocalApiServer.adminClient();
  }

  @AfterAll
  static void close() {
    admin.close();
  }

  private static void namespace(String name, String shard) {
    admin
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(name)
                .withLabels(Map.of(ShardProfile.LABEL, shard))
                .endMetadata()
                .build())
        .serverSideApply();
    admin
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName("api")
                .withNamespace(name)
                .endMetadata()
                .withNewSpec()
                .withReplicas(2)
                .withNewSelector()
                .withMatchLabels(Map.of("app", "api"))
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(Map.of("app", "api"))
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("api")
                .withImage("registry.example.com/api:1.0")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .serverSideApply();
    var profile = new ReadinessProfile();
    profile.getMetadata().setName("production");
    profile.getMetadata().setNamespace(name);
    admin.resource(profile).create();
  }

  private static void relabel(String name, String shard) {
    admin
        .namespaces()
        .withName(name)
        .edit(
            ns ->
                new NamespaceBuilder(ns)
                    .editMetadata()
                    .addToLabels(ShardProfile.LABEL, shard)
                    .endMetadata()
                    .build());
  }

  private static ReadinessProfileStatus status(String namespace) {
    return admin
        .resources(ReadinessProfile.class)
        .inNamespace(namespace)
        .withName("production")
        .get()
        .getStatus();
  }

  private static ReadinessProfileStatus awaitScored(String namespace) {
    await()
        .atMost(LocalApiServer.timeout())
        .until(() -> status(namespace) != null && status(namespace).score() != null);
    return status(namespace);
  }

  @SuppressWarnings("unchecked")
  private Deployment cachedDeployment(String namespace) {
    var controller =
        (Controller<ReadinessProfile>)
            operator.getRegisteredController("readinessprofile").orElseThrow();
    var deployments =
        (InformerEventSource<Deployment, ReadinessProfile>)
            controller.getEventSourceManager().getEventSourceFor(Deployment.class);
    return deployments.get(new ResourceID("api", namespace)).orElse(null);
  }

  private static boolean isStub(Deployment deployment) {
    return deployment.getSpec() == null
        && deployment.getMetadata().getAnnotations() != null
        && deployment.getMetadata().getAnnotations().containsKey("prodready.dev/shard-stub");
  }

  @Test
  void eachShardEvaluatesAndCachesOnlyItsNamespacesAndFollowsRelabelling() throws Exception {
    namespace("shard-a-one", "a");
    namespace("shard-b-one", "b");

    ReadinessProfileStatus owned = awaitScored("shard-a-one");
    assertTrue(
        owned.checks().stream()
            .anyMatch(
                c ->
                    c.offenders() != null
                        && c.offenders().stream().anyMatch(o -> o.startsWith("deployment/api"))),
        "the owned namespace is evaluated with its objects: " + owned.checks());
    await().atMost(LocalApiServer.timeout()).until(() -> cachedDeployment("shard-b-one") != null);
    Thread.sleep(3_000);
    assertNull(status("shard-b-one"), "a profile of shard b is never written by shard a");
    assertTrue(isStub(cachedDeployment("shard-b-one")), "objects of shard b are not cached whole");
    assertFalse(isStub(cachedDeployment("shard-a-one")));

    // b -> a: cached whole and evaluated with its objects.
    relabel("shard-b-one", "a");
    ReadinessProfileStatus joined = awaitScored("shard-b-one");
    assertEquals(
        owned.score(),
        joined.score(),
        "same objects, same score: the joining namespace was filled");
    assertFalse(isStub(cachedDeployment("shard-b-one")));

    // a -> b: no longer evaluated or written, and its objects shrink back to stubs.
    relabel("shard-a-one", "b");
    await().atMost(LocalApiServer.timeout()).until(() -> isStub(cachedDeployment("shard-a-one")));
    String before =
        admin
            .resources(ReadinessProfile.class)
            .inNamespace("shard-a-one")
            .withName("production")
            .get()
            .getMetadata()
            .getResourceVersion();
    admin
        .apps()
        .deployments()
        .inNamespace("shard-a-one")
        .withName("api")
        .edit(d -> new DeploymentBuilder(d).editSpec().withReplicas(1).endSpec().build());
    // A change in an owned namespace is evaluated within seconds; use one as the clock for "long
    // enough".
    admin
        .apps()
        .deployments()
        .inNamespace("shard-b-one")
        .withName("api")
        .edit(d -> new DeploymentBuilder(d).editSpec().withReplicas(1).endSpec().build());
    await()
        .atMost(LocalApiServer.timeout())
        .until(
            () ->
                status("shard-b-one").checks().stream()
                    .anyMatch(
                        c ->
                            "min-replicas".equals(c.id())
                                && "Fail".equals(String.valueOf(c.state()))));
    Thread.sleep(Duration.ofSeconds(2).toMillis());
    assertEquals(
        before,
        admin
            .resources(ReadinessProfile.class)
            .inNamespace("shard-a-one")
            .withName("production")
            .get()
            .getMetadata()
            .getResourceVersion(),
        "the released namespace's profile is not written any more");
    assertNotNull(status("shard-a-one").score(), "its last status stays as it was");
  }
}
