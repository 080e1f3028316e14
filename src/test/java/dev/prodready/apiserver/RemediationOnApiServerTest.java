package dev.prodready.apiserver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.GuardrailAction;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.api.v1alpha1.RemediationAction;
import dev.prodready.api.v1alpha1.RemediationMode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Remediation against a real API server, with server-side apply and the operator's own service
 * account: exactly the missing guardrails are created, user objects stay byte-for-byte as they
 * were, edits to managed objects are undone, PDBs follow replica counts, an unsafe default-deny is
 * held back, and deleting the profile garbage-collects only what the operator created
 * (kube-controller-manager runs the garbage collector).
 */
@QuarkusTest
@QuarkusTestResource(value = OperatorServiceAccountResource.class, restrictToAnnotatedClass = true)
@Tag("apiserver")
class RemediationOnApiServerTest {

  private static KubernetesClient admin;

  @BeforeAll
  static void start() {
    admin = LocalApiServer.adminClient();
    LocalApiServer.ensureGarbageCollector();
  }

  @AfterAll
  static void close() {
    admin.close();
  }

  @Test
  void enforceCreatesOnlyWhatIsMissingKeepsItAndCleansUpOnlyItsOwn() {
    String ns = "guarded";
    apply(
        ns,
        """
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: team-quota}
        spec: {hard: {pods: "50", requests.cpu: "20", requests.memory: 40Gi}}
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: covered-pdb}
        spec: {minAvailable: 1, selector: {matchLabels: {app: covered}}}
        """
            + deployment("api", 3)
            + deployment("covered", 2));
    ResourceQuota userQuota =
        admin.resources(ResourceQuota.class).inNamespace(ns).withName("team-quota").get();
    PodDisruptionBudget userPdb =
        admin.resources(PodDisruptionBudget.class).inNamespace(ns).withName("covered-pdb").get();

    apply(ns, profile(RemediationMode.Enforce));
    awaitStatus(
        ns,
        s ->
            s.remediation() != null
                && s.remediation().actions().stream()
                        .filter(
                            a ->
                                a.action() != GuardrailAction.Exists
                                    || a.reason().equals("created by prodready"))
                        .count()
                    == 4
                && s.remediation().actions().stream()
                    .noneMatch(a -> a.action() == GuardrailAction.Created));

    assertEquals(
        List.of(
            "LimitRange/prodready-limits:Exists",
            "NetworkPolicy/prodready-allow-dns:Exists",
            "NetworkPolicy/prodready-default-deny:Exists",
            "PodDisruptionBudget/covered-pdb:Exists",
            "PodDisruptionBudget/prodready-deployment-api:Exists",
            "ResourceQuota/team-quota:Exists"),
        actions(ns).stream().map(a -> a.kind() + "/" + a.name() + ":" + a.action()).toList());
    assertSameObject(
        userQuota,
        admin.resources(ResourceQuota.class).inNamespace(ns).withName("team-quota").get());
    assertSameObject(
        userPdb,
        admin.resources(PodDisruptionBudget.class).inNamespace(ns).withName("covered-pdb").get());
    var limits =
        admin.resources(LimitRange.class).inNamespace(ns).withName("prodready-limits").get();
    assertTrue(
        limits.getMetadata().getManagedFields().stream()
            .anyMatch(f -> "prodready".equals(f.getManager()) && "Apply".equals(f.getOperation())),
        "created by SSA");

    // An edited managed object is put back.
    admin
        .resources(LimitRange.class)
        .inNamespace(ns)
        .withName("prodready-limits")
        .edit(
            l -> {
              l.getSpec().getLimits().get(0).getMax().put("cpu", new Quantity("1"));
              return l;
            });
    await()
        .atMost(LocalApiServer.timeout())
        .until(
            () ->
                "4"
                    .equals(
                        admin
                            .resources(LimitRange.class)
                            .inNamespace(ns)
                            .withName("prodready-limits")
                            .get()
                            .getSpec()
                            .getLimits()
                            .get(0)
                            .getMax()
                            .get("cpu")
                            .toString()));

    // PDBs follow replicas: scaled to 1, the managed PDB goes; back to 3, it returns.
    admin.apps().deployments().inNamespace(ns).withName("api").scale(1);
    await()
        .atMost(LocalApiServer.timeout())
        .until(() -> pdb(ns, "prodready-deployment-api") == null);
    admin.apps().deployments().inNamespace(ns).withName("api").scale(3);
    await()
        .atMost(LocalApiServer.timeout())
        .until(() -> pdb(ns, "prodready-deployment-api") != null);

    // Removing the label hands an object over: it survives the profile.
    admin
        .resources(NetworkPolicy.class)
        .inNamespace(ns)
        .withName("prodready-allow-dns")
        .edit(
            p -> {
              p.getMetadata().getLabels().remove("app.kubernetes.io/managed-by");
              return p;
            });
    await()
        .atMost(LocalApiServer.timeout())
        .until(
            () ->
                admin
                    .resources(NetworkPolicy.class)
                    .inNamespace(ns)
                    .withName("prodready-allow-dns")
                    .get()
                    .getMetadata()
                    .getOwnerReferences()
                    .isEmpty());

    admin.resources(ReadinessProfile.class).inNamespace(ns).withName("production").delete();
    await()
        .atMost(LocalApiServer.timeout())
        .until(
            () ->
                pdb(ns, "prodready-deployment-api") == null
                    && admin
                            .resources(LimitRange.class)
                            .inNamespace(ns)
                            .withName("prodready-limits")
                            .get()
                        == null
                    && admin
                            .resources(NetworkPolicy.class)
                            .inNamespace(ns)
                            .withName("prodready-default-deny")
                            .get()
                        == null);
    assertNotNull(
        admin.resources(NetworkPolicy.class).inNamespace(ns).withName("prodready-allow-dns").get(),
        "released to the user, so not garbage-collected");
    assertSameObject(
        userQuota,
        admin.resources(ResourceQuota.class).inNamespace(ns).withName("team-quota").get());
    assertSameObject(
        userPdb,
        admin.resources(PodDisruptionBudget.class).inNamespace(ns).withName("covered-pdb").get());
  }

  @Test
  void dryRunCreatesNothingAndAnUnsafeDefaultDenyIsHeldBackNamingTheWorkloads() {
    String ns = "exposed";
    apply(
        ns,
        deployment("web", 2)
            + """
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {selector: {app: web}, ports: [{port: 80}]}
        """);
    apply(ns, profile(RemediationMode.DryRun));
    ReadinessProfileStatus status = awaitStatus(ns, s -> s.remediation() != null);
    RemediationAction deny =
        status.remediation().actions().stream()
            .filter(a -> a.name().equals("prodready-default-deny"))
            .findFirst()
            .orElseThrow();
    assertEquals(GuardrailAction.HeldBack, deny.action());
    assertTrue(deny.reason().contains("deployment/web"), deny.reason());
    assertTrue(
        status.remediation().actions().stream()
            .filter(a -> !a.kind().equals("NetworkPolicy"))
            .allMatch(a -> a.action() == GuardrailAction.Planned),
        status.remediation().actions().toString());
    assertTrue(
        admin.resources(PodDisruptionBudget.class).inNamespace(ns).list().getItems().isEmpty());
    assertTrue(admin.resources(LimitRange.class).inNamespace(ns).list().getItems().isEmpty());
    await()
        .atMost(LocalApiServer.timeout())
        .until(
            () ->
                admin.v1().events().inNamespace(ns).list().getItems().stream()
                    .anyMatch(
                        e ->
                            "GuardrailHeldBack".equals(e.getReason())
                                && e.getMessage().contains("deployment/web")));
  }

  private static void assertSameObject(HasMetadata before, HasMetadata after) {
    assertEquals(
        before.getMetadata().getResourceVersion(),
        after.getMetadata().getResourceVersion(),
        before.getKind() + " " + before.getMetadata().getName() + " was modified");
    assertEquals(Serialization.asJson(before), Serialization.asJson(after));
  }

  private static PodDisruptionBudget pdb(String ns, String name) {
    return admin.resources(PodDisruptionBudget.class).inNamespace(ns).withName(name).get();
  }

  private static List<RemediationAction> actions(String ns) {
    return admin
        .resources(ReadinessProfile.class)
        .inNamespace(ns)
        .withName("production")
        .get()
        .getStatus()
        .remediation()
        .actions();
  }

  private static ReadinessProfileStatus awaitStatus(
      String ns, Predicate<ReadinessProfileStatus> condition) {
    return await()
        .atMost(LocalApiServer.timeout())
        .until(
            () -> {
              var p =
                  admin
                      .resources(ReadinessProfile.class)
                      .inNamespace(ns)
                      .withName("production")
                      .get();
              return p == null ? null : p.getStatus();
            },
            s -> s != null && condition.test(s));
  }

  private static void apply(String ns, String yaml) {
    admin
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
        .serverSideApply();
    admin
        .load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
        .items()
        .forEach(
            o -> {
              o.getMetadata().setNamespace(ns);
              admin.resource(o).create();
            });
  }

  private static String profile(RemediationMode mode) {
    return """
        ---
        apiVersion: prodready.dev/v1alpha1
        kind: ReadinessProfile
        metadata: {name: production}
        spec:
          remediation:
            mode: %s
            resourceQuota: {enabled: true}
            limitRange: {enabled: true}
            networkPolicy: {enabled: true}
            podDisruptionBudgets: {enabled: true}
        """
        .formatted(mode);
  }

  private static String deployment(String name, int replicas) {
    return """
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %1$s}
        spec:
          replicas: %2$d
          selector: {matchLabels: {app: %1$s}}
          template:
            metadata: {labels: {app: %1$s}}
            spec:
              containers:
                - name: app
                  image: registry.example.com/%1$s:1.0
                  resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: 500m, memory: 256Mi}}
        """
        .formatted(name, replicas);
  }
}
