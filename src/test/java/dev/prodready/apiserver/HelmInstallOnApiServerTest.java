package dev.prodready.apiserver;

import static dev.prodready.apiserver.ChartInstallResource.NAMESPACE;
import static dev.prodready.apiserver.ChartInstallResource.RELEASE;
import static dev.prodready.apiserver.ChartInstallResource.UNWATCHED;
import static dev.prodready.apiserver.ChartInstallResource.WATCHED;
import static dev.prodready.apiserver.ChartInstallResource.helm;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.chart.Helm;
import dev.prodready.chart.MonitoringQueries;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The chart installed with Helm into the real API server: the operator, authenticated with the
 * token of the chart's ServiceAccount and watching only the namespace the chart names, scores that
 * namespace and no other (so the chart's RBAC, cluster-wide reads plus a RoleBinding per watched
 * namespace, is sufficient); the metrics the chart's dashboard and alerts query are served; upgrade
 * and uninstall behave as Helm users expect.
 */
@QuarkusTest
@QuarkusTestResource(value = ChartInstallResource.class, restrictToAnnotatedClass = true)
@Tag("apiserver")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HelmInstallOnApiServerTest {

  private static final String FULLNAME = RELEASE + "-prodready";
  private static KubernetesClient admin;

  @BeforeAll
  static void applyWorkloadsAndProfiles() {
    admin = LocalApiServer.adminClient();
    String expires = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
    for (String ns : List.of(WATCHED, UNWATCHED)) {
      String yaml =
          """
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: api, namespace: %1$s}
          spec:
            replicas: 3
            selector: {matchLabels: {app: api}}
            template:
              metadata: {labels: {app: api}}
              spec:
                containers:
                  - name: app
                    image: registry.example.com/api:1.0
                    resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: 500m, memory: 256Mi}}
          ---
          apiVersion: prodready.dev/v1alpha1
          kind: ReadinessProfile
          metadata: {name: production, namespace: %1$s}
          spec:
            exemptions:
              - {checks: [hpa-for-stateless], workloads: [api], reason: "load is flat, ticket OPS-1", expires: "%2$s"}
            remediation:
              mode: Enforce
              resourceQuota: {enabled: true}
              limitRange: {enabled: true}
          """
              .formatted(ns, expires);
      admin
          .load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
          .items()
          .forEach(o -> admin.resource(o).create());
    }
  }

  @AfterAll
  static void close() {
    admin.close();
  }

  @Test
  @Order(1)
  void onlyTheWatchedNamespaceIsScored() {
    ReadinessProfileStatus watched = awaitStatus(WATCHED);
    assertNotNull(watched.score());
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(10))
        .until(() -> status(UNWATCHED) == null);
    assertNull(
        admin
            .resources(ResourceQuota.class)
            .inNamespace(UNWATCHED)
            .withName("prodready-quota")
            .get(),
        "nothing is created in a namespace the release does not watch");
  }

  @Test
  @Order(2)
  void everyMetricTheDashboardAndAlertsQueryIsServed() {
    awaitStatus(WATCHED);
    await()
        .atMost(LocalApiServer.timeout())
        .until(
            () ->
                admin
                        .resources(ResourceQuota.class)
                        .inNamespace(WATCHED)
                        .withName("prodready-quota")
                        .get()
                    != null);
    String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Set<String> served =
        body.lines()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .map(l -> l.split("[{ ]", 2)[0])
            .collect(Collectors.toCollection(TreeSet::new));
    var missing = new TreeSet<>(MonitoringQueries.metricNames());
    missing.removeAll(served);
    assertEquals(
        Set.of(),
        missing,
        "queried by the chart but not served; served prodready/operator series: "
            + served.stream()
                .filter(n -> n.startsWith("prodready") || n.startsWith("operator"))
                .toList());
  }

  @Test
  @Order(3)
  void installWithDefaultValuesSucceeds() {
    String release = "defaults";
    String ns = "prodready-defaults";
    helm("install", release, Helm.CHART.toString(), "--namespace", ns, "--create-namespace")
        .orFail();
    assertTrue(
        helm("status", release, "--namespace", ns).orFail().output().contains("STATUS: deployed"));
    var deployment =
        admin.apps().deployments().inNamespace(ns).withName("defaults-prodready").get();
    assertEquals(2, deployment.getSpec().getReplicas());
    assertNotNull(
        admin.rbac().clusterRoleBindings().withName("defaults-prodready-namespaced").get(),
        "every namespace: the namespaced rules are bound cluster-wide");
    helm("uninstall", release, "--namespace", ns).orFail();
    assertNull(admin.rbac().clusterRoles().withName("defaults-prodready-cluster").get());
  }

  /**
   * Every value set the chart tests render is also accepted by the API server (monitoring CRDs are
   * not served here).
   */
  @Test
  @Order(4)
  void renderingWithEveryOptionIsValidForTheApiServer() throws Exception {
    String rendered =
        Helm.template(
            "dryrun",
            NAMESPACE,
            "--set",
            String.join(
                ",",
                "watchNamespaces={" + WATCHED + "}",
                "image.digest=sha256:" + "a".repeat(64),
                "image.pullSecrets={regcred}",
                "priorityClassName=system-cluster-critical",
                "nodeSelector.pool=ops",
                "tolerations[0].key=dedicated",
                "tolerations[0].operator=Exists",
                "podLabels.team=platform",
                "podAnnotations.note=x",
                "extraEnv[0].name=EXTRA,extraEnv[0].value=1",
                "networkPolicy.apiServerCIDRs={10.0.0.1/32}",
                "networkPolicy.metricsFrom[0].namespaceSelector.matchLabels.monitoring=true",
                "topologySpreadConstraints[0].maxSkew=1,topologySpreadConstraints[0].topologyKey=kubernetes.io/hostname",
                "topologySpreadConstraints[0].whenUnsatisfiable=DoNotSchedule",
                "topologySpreadConstraints[0].labelSelector.matchLabels.app=x",
                "serviceAccount.annotations.example\\.com/role=operator",
                "grafanaDashboard.enabled=true",
                "log.format=text",
                "shard.namespaceSelector=prodready.dev/shard=a"));
    var objects =
        Helm.parse(rendered).stream()
            .filter(o -> !List.of("ServiceMonitor", "PrometheusRule").contains(o.getKind()))
            .toList();
    Path file = Files.createTempFile("rendered", ".yaml");
    Files.writeString(
        file, objects.stream().map(Serialization::asYaml).collect(Collectors.joining("\n")));
    Process kubectl =
        new ProcessBuilder(
                LocalApiServer.kubectl().toString(),
                "--kubeconfig",
                LocalApiServer.kubeconfig().toString(),
                "apply",
                "--dry-run=server",
                "-f",
                file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, kubectl.waitFor(), out);
    assertEquals(
        objects.size(), out.lines().filter(l -> l.contains("(server dry run)")).count(), out);
  }

  @Test
  @Order(5)
  void upgradeAppliesChangedValues() {
    helm(
            "upgrade",
            RELEASE,
            Helm.CHART.toString(),
            "--namespace",
            NAMESPACE,
            "--reuse-values",
            "--set",
            "replicaCount=3,resyncInterval=5m,watchNamespaces={" + WATCHED + "," + UNWATCHED + "}")
        .orFail();
    var deployment = admin.apps().deployments().inNamespace(NAMESPACE).withName(FULLNAME).get();
    assertEquals(3, deployment.getSpec().getReplicas());
    var env = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
    assertTrue(
        env.stream()
            .anyMatch(
                e -> e.getName().equals("PRODREADY_RESYNC_INTERVAL") && "5m".equals(e.getValue())));
    assertTrue(
        env.stream()
            .anyMatch(
                e ->
                    e.getName().equals(ChartInstallResource.NAMESPACES_ENV)
                        && (WATCHED + "," + UNWATCHED).equals(e.getValue())));
    assertNotNull(
        admin.resources(RoleBinding.class).inNamespace(UNWATCHED).withName(FULLNAME).get(),
        "a newly watched namespace gets its RoleBinding");
    assertTrue(
        helm("history", RELEASE, "--namespace", NAMESPACE)
            .orFail()
            .output()
            .contains("Upgrade complete"));
  }

  @Test
  @Order(6)
  void uninstallKeepsCrdsProfilesAndTheOwnersOfWhatTheOperatorCreated() {
    awaitStatus(WATCHED);
    helm("uninstall", RELEASE, "--namespace", NAMESPACE).orFail();
    assertNull(admin.apps().deployments().inNamespace(NAMESPACE).withName(FULLNAME).get());
    assertNull(admin.serviceAccounts().inNamespace(NAMESPACE).withName(FULLNAME).get());
    assertNull(admin.resources(ClusterRole.class).withName(FULLNAME + "-cluster").get());
    assertNull(admin.resources(RoleBinding.class).inNamespace(WATCHED).withName(FULLNAME).get());

    assertNotNull(
        admin
            .resources(CustomResourceDefinition.class)
            .withName("readinessprofiles.prodready.dev")
            .get(),
        "Helm never deletes CRDs from crds/");
    var profile =
        admin.resources(ReadinessProfile.class).inNamespace(WATCHED).withName("production").get();
    assertNotNull(profile, "profiles stay");
    List<HasMetadata> created =
        Stream.concat(
                admin
                    .resources(ResourceQuota.class)
                    .inNamespace(WATCHED)
                    .withLabel("app.kubernetes.io/managed-by", "prodready")
                    .list()
                    .getItems()
                    .stream(),
                admin
                    .resources(LimitRange.class)
                    .inNamespace(WATCHED)
                    .withLabel("app.kubernetes.io/managed-by", "prodready")
                    .list()
                    .getItems()
                    .stream())
            .map(HasMetadata.class::cast)
            .toList();
    assertEquals(2, created.size(), "the quota and the limit range the operator created");
    for (HasMetadata o : created) {
      assertFalse(
          o.getMetadata().getOwnerReferences().isEmpty(),
          o.getMetadata().getName() + " has no owner");
      assertEquals(
          profile.getMetadata().getUid(),
          o.getMetadata().getOwnerReferences().get(0).getUid(),
          o.getMetadata().getName() + " is owned by its profile, which outlives the release");
    }
  }

  private static ReadinessProfileStatus status(String ns) {
    var p = admin.resources(ReadinessProfile.class).inNamespace(ns).withName("production").get();
    return p == null ? null : p.getStatus();
  }

  private static ReadinessProfileStatus awaitStatus(String ns) {
    return await()
        .atMost(LocalApiServer.timeout())
        .until(() -> status(ns), s -> s != null && s.score() != null);
  }
}
