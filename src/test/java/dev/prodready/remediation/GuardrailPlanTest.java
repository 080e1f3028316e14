package dev.prodready.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.check.Fixture;
import dev.prodready.check.Verdict;
import dev.prodready.check.observability.AlertsHaveRunbooksCheck;
import dev.prodready.check.resources.ResourceQuotaCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each guardrail's desired object and each safety rule, as pure planning over a namespace snapshot.
 */
class GuardrailPlanTest {

  static final ReadinessProfile OWNER = owner();

  private static ReadinessProfile owner() {
    var p = new ReadinessProfile();
    p.setMetadata(
        new ObjectMetaBuilder()
            .withName("production")
            .withNamespace("fixture")
            .withUid("uid-1")
            .build());
    return p;
  }

  static NamespaceSnapshot snapshot(String yaml) throws Exception {
    var file = Files.createTempFile("remediation", ".yaml");
    Files.writeString(file, yaml);
    return Fixture.load(file).snapshot();
  }

  static String deployment(String name, int replicas, String resources) {
    return """
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %1$s, namespace: fixture}
        spec:
          replicas: %2$d
          selector: {matchLabels: {app: %1$s}}
          template:
            metadata: {labels: {app: %1$s}}
            spec:
              containers:
                - name: app
                  image: registry.example.com/%1$s:1.0
                  resources: %3$s
        """
        .formatted(name, replicas, resources);
  }

  static final String BOUNDED =
      "{requests: {cpu: '1', memory: 1Gi}, limits: {cpu: '2', memory: 2Gi}}";

  private static RemediationSpec enabled(String... guardrails) {
    var spec = new RemediationSpec();
    for (String g : guardrails) {
      switch (g) {
        case "quota" -> spec.getResourceQuota().setEnabled(true);
        case "limits" -> spec.getLimitRange().setEnabled(true);
        case "netpol" -> spec.getNetworkPolicy().setEnabled(true);
        case "pdb" -> spec.getPodDisruptionBudgets().setEnabled(true);
        case "rules" -> spec.getPrometheusRules().setEnabled(true);
        default -> throw new IllegalArgumentException(g);
      }
    }
    return spec;
  }

  @Test
  void quotaUsesTheChecklistDefaultsWhenUsageIsSmall() throws Exception {
    var plans = Remediator.plan(snapshot(deployment("api", 2, BOUNDED)), enabled("quota"), OWNER);
    assertEquals(1, plans.size());
    var quota = (ResourceQuota) plans.get(0).desired();
    assertEquals("prodready-quota", quota.getMetadata().getName());
    assertEquals("20", quota.getSpec().getHard().get("requests.cpu").toString());
    assertEquals("80Gi", quota.getSpec().getHard().get("limits.memory").toString());
    assertEquals("5", quota.getSpec().getHard().get("services.loadbalancers").toString());
    assertEquals(Managed.VALUE, quota.getMetadata().getLabels().get(Managed.LABEL));
    assertEquals("uid-1", quota.getMetadata().getOwnerReferences().get(0).getUid());
  }

  @Test
  void quotaIsNeverBelowUsagePlusHalf() throws Exception {
    var plans = Remediator.plan(snapshot(deployment("api", 30, BOUNDED)), enabled("quota"), OWNER);
    var quota = (ResourceQuota) plans.get(0).desired();
    assertEquals(
        "45", quota.getSpec().getHard().get("requests.cpu").toString(), "30 cores used, + 50%");
    assertEquals("90", quota.getSpec().getHard().get("limits.cpu").toString());
    assertEquals(
        "100",
        quota.getSpec().getHard().get("pods").toString(),
        "30 pods + 50% is still under 100");
    assertTrue(
        plans.get(0).reason().contains("requests.cpu raised from 20 to 45 (usage 30 + 50%)"),
        plans.get(0).reason());
  }

  @Test
  void quotaIsHeldBackWhileContainersLackValuesAndNoLimitRangeGivesDefaults() throws Exception {
    var ns = snapshot(deployment("api", 2, BOUNDED) + deployment("legacy", 1, "{}"));
    var held = Remediator.plan(ns, enabled("quota"), OWNER);
    assertEquals(Decision.HeldBack, held.get(0).decision());
    assertTrue(held.get(0).reason().contains("deployment/legacy"), held.get(0).reason());
    assertTrue(!held.get(0).reason().contains("deployment/api"), held.get(0).reason());

    var withDefaults = Remediator.plan(ns, enabled("quota", "limits"), OWNER);
    assertEquals(
        List.of(Decision.Planned, Decision.Planned),
        withDefaults.stream().map(Plan::decision).toList());
  }

  @Test
  void quotaReadsRequestsAsTheChecksDo() throws Exception {
    var limitsOnly = snapshot(deployment("web", 4, "{limits: {cpu: '2', memory: 2Gi}}"));
    var plans = Remediator.plan(limitsOnly, enabled("quota"), OWNER);
    assertEquals(
        Decision.Planned,
        plans.get(0).decision(),
        "requests default to limits: " + plans.get(0).reason());
    assertEquals(
        new BigDecimal("8"),
        ResourceQuotaGuardrail.usage(limitsOnly, "requests.cpu"),
        "4 pods x a request defaulted to the 2-core limit");

    var explicitZero =
        snapshot(
            deployment(
                "web", 2, "{requests: {cpu: '0', memory: 1Gi}, limits: {cpu: '2', memory: 2Gi}}"));
    var held = Remediator.plan(explicitZero, enabled("quota"), OWNER);
    assertEquals(
        Decision.HeldBack,
        held.get(0).decision(),
        "an explicit 0 is no request, as cpu-requests says");
    assertTrue(held.get(0).reason().contains("deployment/web"), held.get(0).reason());
  }

  @Test
  void aUserQuotaCappingCpuAndMemoryCountsAsPresent() throws Exception {
    var ns =
        snapshot(
            deployment("api", 2, BOUNDED)
                + """
        ---
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: team-quota, namespace: fixture}
        spec: {hard: {pods: "10", requests.cpu: "8", limits.memory: 16Gi}}
        """);
    var plans = Remediator.plan(ns, enabled("quota"), OWNER);
    assertEquals(Decision.Exists, plans.get(0).decision());
    assertEquals("team-quota", plans.get(0).name());
    assertNull(plans.get(0).desired());
  }

  @Test
  void anObjectCountQuotaIsNotPresentForTheGuardrailAsForTheCheck() throws Exception {
    var ns =
        snapshot(
            deployment("api", 2, BOUNDED)
                + """
        ---
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: gke-resource-quotas, namespace: fixture}
        spec: {hard: {pods: "1500", services: "500"}}
        """);
    var plans = Remediator.plan(ns, enabled("quota"), OWNER);
    assertEquals(Decision.Planned, plans.get(0).decision(), plans.get(0).reason());
    assertEquals(ResourceQuotaGuardrail.NAME, plans.get(0).name());
    assertTrue(new ResourceQuotaCheck().evaluate(ns).failed(), "the check agrees");
  }

  @Test
  void limitRangeBoundsNeverExcludeAnExistingContainer() throws Exception {
    var ns =
        snapshot(
            deployment(
                    "big",
                    1,
                    "{requests: {cpu: '6', memory: 1Gi}, limits: {cpu: '6', memory: 16Gi}}")
                + deployment(
                    "tiny",
                    1,
                    "{requests: {cpu: 10m, memory: 32Mi}, limits: {cpu: 20m, memory: 64Mi}}")
                + deployment("nolimit", 1, "{requests: {cpu: '2', memory: 1Gi}}"));
    var plan = Remediator.plan(ns, enabled("limits"), OWNER).get(0);
    var item = ((LimitRange) plan.desired()).getSpec().getLimits().get(0);
    assertEquals("Container", item.getType());
    assertEquals("6", item.getMax().get("cpu").toString());
    assertEquals("16Gi", item.getMax().get("memory").toString());
    assertEquals("10m", item.getMin().get("cpu").toString());
    assertEquals("32Mi", item.getMin().get("memory").toString());
    assertEquals(
        "2",
        item.getDefault().get("cpu").toString(),
        "a container requesting 2 cores has no limit");
    assertEquals("1Gi", item.getDefault().get("memory").toString());
    assertEquals("100m", item.getDefaultRequest().get("cpu").toString());
    assertTrue(plan.reason().contains("max cpu raised from 4 to 6"), plan.reason());
  }

  @Test
  void defaultDenyIsHeldBackWhileAServedWorkloadHasNoAllowingPolicy() throws Exception {
    String service =
        """
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: api, namespace: fixture}
        spec: {selector: {app: api}, ports: [{port: 80}]}
        """;
    var ns = snapshot(deployment("api", 2, BOUNDED) + deployment("worker", 2, BOUNDED) + service);
    var held = Remediator.plan(ns, enabled("netpol"), OWNER);
    assertEquals(List.of(Decision.HeldBack), held.stream().map(Plan::decision).toList());
    assertTrue(
        held.get(0).reason().contains("deployment/api") && !held.get(0).reason().contains("worker"),
        held.get(0).reason());

    var acknowledged = enabled("netpol");
    acknowledged.getNetworkPolicy().setAcknowledgeTrafficImpact(true);
    var plans = Remediator.plan(ns, acknowledged, OWNER);
    assertEquals(
        List.of("prodready-default-deny", "prodready-allow-dns"),
        plans.stream().map(Plan::name).toList());
    var deny = (NetworkPolicy) plans.get(0).desired();
    assertEquals(List.of("Ingress", "Egress"), deny.getSpec().getPolicyTypes());
    assertTrue(deny.getSpec().getIngress() == null || deny.getSpec().getIngress().isEmpty());

    var allowing =
        snapshot(
            deployment("api", 2, BOUNDED)
                + service
                + """
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: allow-api, namespace: fixture}
        spec:
          podSelector: {matchLabels: {app: api}}
          ingress: [{ports: [{port: 8080}]}]
        """);
    assertEquals(
        Decision.Planned, Remediator.plan(allowing, enabled("netpol"), OWNER).get(0).decision());
  }

  @Test
  void dnsAllowanceCanBeTurnedOffAndAUserDefaultDenyCountsAsPresent() throws Exception {
    var spec = enabled("netpol");
    spec.getNetworkPolicy().setAllowDNS(false);
    var plans = Remediator.plan(snapshot(deployment("api", 2, BOUNDED)), spec, OWNER);
    assertEquals(List.of("prodready-default-deny"), plans.stream().map(Plan::name).toList());

    var existing =
        snapshot(
            deployment("api", 2, BOUNDED)
                + """
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: deny-all, namespace: fixture}
        spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
        """);
    var exists = Remediator.plan(existing, enabled("netpol"), OWNER);
    assertEquals(Decision.Exists, exists.get(0).decision());
    assertEquals("deny-all", exists.get(0).name());
  }

  @Test
  void pdbsOnlyForReplicatedWorkloadsWithoutOne() throws Exception {
    var ns =
        snapshot(
            deployment("api", 3, BOUNDED)
                + deployment("single", 1, BOUNDED)
                + deployment("covered", 2, BOUNDED)
                + """
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: covered-pdb, namespace: fixture}
        spec: {minAvailable: 1, selector: {matchLabels: {app: covered}}}
        """);
    var plans = Remediator.plan(ns, enabled("pdb"), OWNER);
    assertEquals(
        List.of("prodready-deployment-api:Planned", "covered-pdb:Exists"),
        plans.stream().map(p -> p.name() + ":" + p.decision()).toList());
    var pdb = (PodDisruptionBudget) plans.get(0).desired();
    assertEquals(1, pdb.getSpec().getMaxUnavailable().getIntVal());
    assertEquals(Map.of("app", "api"), pdb.getSpec().getSelector().getMatchLabels());
  }

  @Test
  void pdbsFollowTheHpaMinimumLikePdbCoverage() throws Exception {
    var ns =
        snapshot(
            deployment("bursty", 5, BOUNDED)
                + deployment("steady", 1, BOUNDED)
                + """
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: bursty, namespace: fixture}
        spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: bursty}, maxReplicas: 10}
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: steady, namespace: fixture}
        spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: steady}, minReplicas: 2, maxReplicas: 4}
        """);
    var plans = Remediator.plan(ns, enabled("pdb"), OWNER);
    assertEquals(
        List.of("prodready-deployment-steady:Planned"),
        plans.stream().map(p -> p.name() + ":" + p.decision()).toList(),
        "bursty runs 5 now but its HPA may scale it to 1 (minReplicas unset); steady is kept at 2 or more");
    assertTrue(
        plans.get(0).reason().contains("HorizontalPodAutoscaler steady keeps at least 2 replicas"),
        plans.get(0).reason());
  }

  @Test
  void prometheusRulesOnlyWhenTheCrdIsServed() throws Exception {
    var absent = Remediator.plan(snapshot(deployment("api", 2, BOUNDED)), enabled("rules"), OWNER);
    assertEquals(Decision.Skipped, absent.get(0).decision());

    var spec = enabled("rules");
    spec.getPrometheusRules().setRunbookBaseURL("https://runbooks.example.com/");
    var plans =
        Remediator.plan(
            snapshot(
                "# served-crds: monitoring.coreos.com/PrometheusRule\n"
                    + deployment("api", 2, BOUNDED)),
            spec,
            OWNER);
    var rule = (GenericKubernetesResource) plans.get(0).desired();
    assertEquals("prodready-alerts", rule.getMetadata().getName());
    @SuppressWarnings("unchecked")
    var groups =
        (List<Map<String, Object>>)
            ((Map<String, Object>) rule.getAdditionalProperties().get("spec")).get("groups");
    assertEquals(
        List.of("fixture.deployment.api", "fixture.namespace"),
        groups.stream().map(g -> g.get("name")).toList());
    @SuppressWarnings("unchecked")
    var first = ((List<Map<String, Object>>) groups.get(0).get("rules")).get(0);
    assertEquals("HighErrorRate", first.get("alert"));
    assertTrue(
        first.get("expr").toString().contains("namespace=\"fixture\",app=\"api\""),
        first.get("expr").toString());
    assertEquals(Map.of("severity", "critical", "workload", "deployment/api"), first.get("labels"));
    @SuppressWarnings("unchecked")
    var annotations = (Map<String, String>) first.get("annotations");
    assertEquals("https://runbooks.example.com/high-error-rate", annotations.get("runbook_url"));
  }

  /**
   * Item 11 of issue 10: the guardrail's own output must never make alerts-have-runbooks pass on a
   * placeholder.
   */
  @Test
  void generatedAlertsPassRunbooksOnlyWithARealBaseUrl() throws Exception {
    String yaml =
        "# served-crds: monitoring.coreos.com/PrometheusRule\n" + deployment("api", 2, BOUNDED);
    var byDefault = Remediator.plan(snapshot(yaml), enabled("rules"), OWNER);
    assertTrue(
        byDefault.get(0).reason().contains("no runbookBaseURL set"), byDefault.get(0).reason());
    assertEquals(Verdict.Outcome.FAIL, runbooksVerdict(byDefault).outcome());

    var placeholder = enabled("rules");
    placeholder.getPrometheusRules().setRunbookBaseURL("https://runbooks.example.com");
    assertEquals(
        Verdict.Outcome.FAIL,
        runbooksVerdict(Remediator.plan(snapshot(yaml), placeholder, OWNER)).outcome());

    var real = enabled("rules");
    real.getPrometheusRules().setRunbookBaseURL("https://runbooks.shop.internal/alerts");
    assertEquals(
        Verdict.Outcome.PASS,
        runbooksVerdict(Remediator.plan(snapshot(yaml), real, OWNER)).outcome());
  }

  private static Verdict runbooksVerdict(List<Plan> plans) {
    var rule = (GenericKubernetesResource) plans.get(0).desired();
    rule.getMetadata().setNamespace("fixture");
    var ns =
        NamespaceSnapshot.of(
            "fixture",
            null,
            new ReadinessProfileSpec(),
            List.of(),
            Map.of("monitoring.coreos.com/PrometheusRule", List.of(rule)));
    return new AlertsHaveRunbooksCheck().evaluate(ns);
  }

  @Test
  void runbookUrlsAreKebabCase() {
    assertEquals(
        "https://r/pvc-almost-full", PrometheusRuleGuardrail.runbook("https://r", "PVCAlmostFull"));
    assertEquals(
        "https://r/pod-oom-killed", PrometheusRuleGuardrail.runbook("https://r", "PodOOMKilled"));
  }
}
