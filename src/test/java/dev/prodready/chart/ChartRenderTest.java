package dev.prodready.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The chart rendered with several value sets (helm template), asserting the rendered objects. */
@Tag("tools")
class ChartRenderTest {

  private static final String SERVICE_MONITOR = "monitoring.coreos.com/v1/ServiceMonitor";
  private static final String PROMETHEUS_RULE = "monitoring.coreos.com/v1/PrometheusRule";

  static Deployment deployment(List<HasMetadata> objects) {
    return objects.stream()
        .filter(Deployment.class::isInstance)
        .map(Deployment.class::cast)
        .findFirst()
        .orElseThrow();
  }

  static Container operator(List<HasMetadata> objects) {
    return deployment(objects).getSpec().getTemplate().getSpec().getContainers().get(0);
  }

  static Map<String, String> env(List<HasMetadata> objects) {
    return operator(objects).getEnv().stream()
        .filter(e -> e.getValue() != null)
        .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
  }

  static List<String> kinds(List<HasMetadata> objects) {
    return objects.stream().map(HasMetadata::getKind).sorted().toList();
  }

  @Test
  void defaultsRenderAnHighlyAvailableRestrictedOperator() throws Exception {
    var objects = Helm.render("prodready", "ops");
    assertEquals(
        List.of(
            "ClusterRole",
            "ClusterRole",
            "ClusterRoleBinding",
            "ClusterRoleBinding",
            "Deployment",
            "NetworkPolicy",
            "PodDisruptionBudget",
            "Role",
            "RoleBinding",
            "Service",
            "ServiceAccount"),
        kinds(objects));
    var deployment = deployment(objects);
    assertEquals(2, deployment.getSpec().getReplicas());
    var container = operator(objects);
    String appVersion = chartField("appVersion");
    assertEquals("registry.example.com/prodready/operator:" + appVersion, container.getImage());
    assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath());
    assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath());
    assertEquals("/q/health/started", container.getStartupProbe().getHttpGet().getPath());
    assertEquals(
        container.getResources().getRequests().get("memory"),
        container.getResources().getLimits().get("memory"));
    assertEquals("512Mi", container.getResources().getLimits().get("memory").toString());
    assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem());
    assertFalse(container.getSecurityContext().getAllowPrivilegeEscalation());
    assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop());
    var pod = deployment.getSpec().getTemplate().getSpec();
    assertTrue(pod.getSecurityContext().getRunAsNonRoot());
    assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
    assertEquals(
        "kubernetes.io/hostname",
        pod.getAffinity()
            .getPodAntiAffinity()
            .getPreferredDuringSchedulingIgnoredDuringExecution()
            .get(0)
            .getPodAffinityTerm()
            .getTopologyKey());

    Map<String, String> env = env(objects);
    assertEquals("10m", env.get("PRODREADY_RESYNC_INTERVAL"));
    assertEquals("1h", env.get("PRODREADY_STATUS_HEARTBEAT"));
    assertEquals("10", env.get("PRODREADY_MAX_OFFENDERS_PER_CHECK"));
    assertEquals("true", env.get("PRODREADY_LEADER_ELECTION_ENABLED"));
    assertEquals("prodready", env.get("PRODREADY_LEADER_ELECTION_LEASE_NAME"));
    assertEquals("true", env.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"));
    assertEquals(
        "-XX:MaxRAMPercentage=50 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError",
        env.get("JDK_JAVA_OPTIONS"));
    assertEquals("2", env.get("MALLOC_ARENA_MAX"));
    assertFalse(
        env.containsKey("QUARKUS_OPERATOR_SDK_CONTROLLERS_READINESSPROFILE_NAMESPACES"),
        "every namespace");
    assertFalse(env.containsKey("PRODREADY_SHARD_NAMESPACE_SELECTOR"), "only when set");
    assertEquals(
        "metadata.namespace",
        container.getEnv().stream()
            .filter(e -> e.getName().equals("PRODREADY_LEADER_ELECTION_LEASE_NAMESPACE"))
            .findFirst()
            .orElseThrow()
            .getValueFrom()
            .getFieldRef()
            .getFieldPath());
  }

  @Test
  void chartVersionFollowsTheProjectVersion() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    String project =
        pom.substring(pom.indexOf("<version>") + 9, pom.indexOf("</version>"))
            .replace("-SNAPSHOT", "");
    assertEquals(project, chartField("appVersion"));
    assertEquals(project, chartField("version"));
  }

  @Test
  void watchNamespacesBindsTheNamespacedRulesInThoseNamespacesOnly() {
    var objects = Helm.render("prodready", "ops", "--set", "watchNamespaces={team-a,team-b}");
    assertEquals(
        "team-a,team-b",
        env(objects).get("QUARKUS_OPERATOR_SDK_CONTROLLERS_READINESSPROFILE_NAMESPACES"));
    var roleBindings =
        objects.stream()
            .filter(RoleBinding.class::isInstance)
            .map(RoleBinding.class::cast)
            .filter(b -> b.getRoleRef().getName().equals("prodready-namespaced"))
            .map(b -> b.getMetadata().getNamespace())
            .sorted()
            .toList();
    assertEquals(List.of("team-a", "team-b"), roleBindings);
    var clusterBindings =
        objects.stream()
            .filter(ClusterRoleBinding.class::isInstance)
            .map(b -> ((ClusterRoleBinding) b).getRoleRef().getName())
            .toList();
    assertEquals(
        List.of("prodready-cluster"),
        clusterBindings,
        "only the cluster-wide reads stay cluster-wide");
  }

  @Test
  void monitoringObjectsFollowTheClusterOrTheValues() {
    assertEquals(
        List.of(), monitoringKinds(Helm.render("prodready", "ops")), "no CRD, nothing rendered");
    assertEquals(
        List.of("ConfigMap", "PrometheusRule", "ServiceMonitor"),
        monitoringKinds(
            Helm.render(
                "prodready",
                "ops",
                "--api-versions",
                SERVICE_MONITOR,
                "--api-versions",
                PROMETHEUS_RULE)));
    assertEquals(
        List.of("PrometheusRule"),
        monitoringKinds(Helm.render("prodready", "ops", "--api-versions", PROMETHEUS_RULE)),
        "each object only when the cluster serves its own kind");
    assertEquals(
        List.of(),
        monitoringKinds(
            Helm.render(
                "prodready",
                "ops",
                "--api-versions",
                SERVICE_MONITOR,
                "--api-versions",
                PROMETHEUS_RULE,
                "--set",
                "serviceMonitor.enabled=false,prometheusRule.enabled=false,grafanaDashboard.enabled=false")));
    assertEquals(
        List.of("ConfigMap", "PrometheusRule", "ServiceMonitor"),
        monitoringKinds(
            Helm.render(
                "prodready",
                "ops",
                "--set",
                "serviceMonitor.enabled=true,prometheusRule.enabled=true,grafanaDashboard.enabled=true")));

    var dashboard =
        Helm.render("prodready", "ops", "--api-versions", SERVICE_MONITOR).stream()
            .filter(ConfigMap.class::isInstance)
            .map(ConfigMap.class::cast)
            .findFirst()
            .orElseThrow();
    assertEquals("1", dashboard.getMetadata().getLabels().get("grafana_dashboard"));
    assertTrue(dashboard.getData().get("prodready.json").contains("\"uid\": \"prodready\""));
  }

  @Test
  void imageDigestWinsOverTheTag() {
    String digest = "sha256:" + "a".repeat(64);
    assertEquals(
        "example.org/op@" + digest,
        operator(
                Helm.render(
                    "prodready",
                    "ops",
                    "--set",
                    "image.repository=example.org/op,image.tag=9.9,image.digest=" + digest))
            .getImage());
    assertEquals(
        "example.org/op:9.9",
        operator(
                Helm.render(
                    "prodready", "ops", "--set", "image.repository=example.org/op,image.tag=9.9"))
            .getImage());
  }

  @Test
  void twoShardsAreTwoReleasesWithTheirOwnLease() {
    var a =
        env(
            Helm.render(
                "shard-a", "ops", "--set", "shard.namespaceSelector=prodready.dev/shard=a"));
    var b =
        env(
            Helm.render(
                "shard-b", "ops", "--set", "shard.namespaceSelector=prodready.dev/shard=b"));
    assertEquals("prodready.dev/shard=a", a.get("PRODREADY_SHARD_NAMESPACE_SELECTOR"));
    assertNotEquals(
        a.get("PRODREADY_LEADER_ELECTION_LEASE_NAME"),
        b.get("PRODREADY_LEADER_ELECTION_LEASE_NAME"));
  }

  @Test
  void otherValuesReachThePodSpec() {
    var objects =
        Helm.render(
            "prodready",
            "ops",
            "--set",
            String.join(
                ",",
                "replicaCount=1",
                "log.format=text",
                "log.level=DEBUG",
                "resyncInterval=5m",
                "maxOffendersPerCheck=3",
                "priorityClassName=system-cluster-critical",
                "nodeSelector.pool=ops",
                "podLabels.team=platform",
                "podAnnotations.note=x",
                "image.pullSecrets={regcred}",
                "extraEnv[0].name=EXTRA,extraEnv[0].value=1",
                "leaderElection.enabled=false",
                "networkPolicy.enabled=false"));
    assertFalse(kinds(objects).contains("PodDisruptionBudget"), "no PDB for a single replica");
    assertFalse(kinds(objects).contains("NetworkPolicy"));
    assertFalse(kinds(objects).contains("Role"), "no Lease permissions without leader election");
    var env = env(objects);
    assertEquals("false", env.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"));
    assertEquals("DEBUG", env.get("QUARKUS_LOG_LEVEL"));
    assertEquals("5m", env.get("PRODREADY_RESYNC_INTERVAL"));
    assertEquals("3", env.get("PRODREADY_MAX_OFFENDERS_PER_CHECK"));
    assertEquals("1", env.get("EXTRA"));
    assertEquals("false", env.get("PRODREADY_LEADER_ELECTION_ENABLED"));
    var pod = deployment(objects).getSpec().getTemplate();
    assertEquals("system-cluster-critical", pod.getSpec().getPriorityClassName());
    assertEquals(Map.of("pool", "ops"), pod.getSpec().getNodeSelector());
    assertEquals("platform", pod.getMetadata().getLabels().get("team"));
    assertEquals("x", pod.getMetadata().getAnnotations().get("note"));
    assertEquals("regcred", pod.getSpec().getImagePullSecrets().get(0).getName());
  }

  private static List<String> monitoringKinds(List<HasMetadata> objects) {
    return objects.stream()
        .map(HasMetadata::getKind)
        .filter(k -> List.of("ServiceMonitor", "PrometheusRule", "ConfigMap").contains(k))
        .sorted()
        .toList();
  }

  static String chartField(String field) throws Exception {
    return Files.readAllLines(Helm.CHART.resolve("Chart.yaml")).stream()
        .filter(l -> l.startsWith(field + ":"))
        .map(l -> l.substring(field.length() + 1).strip().replace("\"", ""))
        .findFirst()
        .orElseThrow();
  }

  static Optional<HasMetadata> find(List<HasMetadata> objects, String kind, String name) {
    return objects.stream()
        .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))
        .findFirst();
  }
}
