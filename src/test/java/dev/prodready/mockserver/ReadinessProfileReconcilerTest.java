package dev.prodready.mockserver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.CheckStatus;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.api.v1alpha1.RemediationMode;
import dev.prodready.check.CheckEngine;
import dev.prodready.check.Checks;
import dev.prodready.metrics.ReadinessMetrics;
import dev.prodready.status.Conditions;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.quarkiverse.operatorsdk.runtime.QuarkusConfigurationService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reconciler wiring against the fabric8 mock API server (CRUD mode, SSA off: see
 * docs/development.md).
 */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
@TestProfile(MockServerProfile.class)
@Tag("mockserver")
class ReadinessProfileReconcilerTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Inject KubernetesClient client;

  @Inject QuarkusConfigurationService operatorConfiguration;

  /**
   * A large cluster's first list may take longer than any fixed timeout: the operator waits, it
   * never exits.
   */
  @Test
  void startUpWaitsForCachesInsteadOfStopping() {
    assertEquals(false, operatorConfiguration.stopOnInformerErrorDuringStartup());
    assertEquals(Duration.ofMinutes(10), operatorConfiguration.cacheSyncTimeout());
  }

  @Test
  void statusAppearsAndFollowsWorkloadChangesWithoutTouchingTheProfile() {
    String ns = namespace("shop");
    client.resource(deployment(ns, "api", false)).create();
    client.resource(profile(ns, "production", Map.of())).create();

    ReadinessProfileStatus first = awaitStatus(ns, "production", s -> s.score() != null);
    assertEquals(CheckState.Fail, check(first, "liveness-probe").state());
    assertEquals(
        List.of("deployment/api: containers without livenessProbe: app"),
        check(first, "liveness-probe").offenders());
    Condition ready = Conditions.find(first.conditions(), Conditions.READY);
    assertEquals("True", ready.getStatus());
    assertEquals("Evaluated", ready.getReason());
    assertEquals(1L, ready.getObservedGeneration());
    assertNotNull(first.grade());
    assertNotNull(first.gate());

    client.resource(deployment(ns, "api", true)).update();

    ReadinessProfileStatus second =
        awaitStatus(ns, "production", s -> check(s, "liveness-probe").state() == CheckState.Pass);
    assertTrue(second.score() > first.score(), second.score() + " should exceed " + first.score());
    assertEquals(
        ready.getLastTransitionTime(),
        Conditions.find(second.conditions(), Conditions.READY).getLastTransitionTime(),
        "Ready stayed True, so its transition time must not move");
  }

  @Test
  void aSecondProfileInTheNamespaceIsReportedAsDuplicate() {
    String ns = namespace("dup");
    client.resource(profile(ns, "first", Map.of())).create();
    awaitStatus(ns, "first", s -> s.score() != null);
    client.resource(profile(ns, "second", Map.of())).create();

    ReadinessProfileStatus status =
        awaitStatus(ns, "second", s -> Conditions.find(s.conditions(), Conditions.READY) != null);
    Condition ready = Conditions.find(status.conditions(), Conditions.READY);
    assertEquals("False", ready.getStatus());
    assertEquals("DuplicateProfile", ready.getReason());
    assertTrue(ready.getMessage().contains("first"), ready.getMessage());
    assertEquals(null, status.score());
  }

  @Test
  void anUnknownCheckIdIsReportedAsInvalidSpec() {
    String ns = namespace("typo");
    client
        .resource(
            profile(
                ns, "production", Map.of("exclude", List.of("liveness-probe", "livenes-probe"))))
        .create();

    ReadinessProfileStatus status =
        awaitStatus(
            ns, "production", s -> Conditions.find(s.conditions(), Conditions.READY) != null);
    Condition ready = Conditions.find(status.conditions(), Conditions.READY);
    assertEquals("False", ready.getStatus());
    assertEquals("InvalidSpec", ready.getReason());
    assertEquals(
        "spec.checks.exclude[1]: unknown check id 'livenes-probe' (see docs/checks.md)",
        ready.getMessage());
  }

  @Test
  void metricsAndHealthAreServed() {
    String ns = namespace("metrics");
    client.resource(deployment(ns, "api", false)).create();
    client.resource(profile(ns, "production", Map.of())).create();
    awaitStatus(ns, "production", s -> s.score() != null);

    String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
    for (String series :
        List.of(
            "prodready_score{namespace=\"metrics\",profile=\"production\"}",
            "prodready_gate_passed{namespace=\"metrics\"}",
            "prodready_category_score{category=\"Reliability\",namespace=\"metrics\"}",
            "prodready_checks{namespace=\"metrics\",state=\"Fail\"}",
            "prodready_check_failing_namespaces{check=\"liveness-probe\",priority=\"Critical\"}",
            "prodready_evaluation_duration_seconds_count")) {
      assertTrue(metrics.contains(series), "missing " + series);
    }
    // Bounded cardinality: the namespace label appears on the documented handful of series only,
    // never per check, and
    // the framework's reconcile metrics are per controller, not per resource.
    List<String> ofNamespace =
        metrics
            .lines()
            .filter(l -> !l.startsWith("#") && l.contains("namespace=\"metrics\""))
            .toList();
    assertTrue(
        ofNamespace.size() <= ReadinessMetrics.MAX_SERIES_PER_NAMESPACE,
        String.join("\n", ofNamespace));
    assertTrue(
        ofNamespace.stream().allMatch(l -> l.startsWith("prodready_")),
        String.join("\n", ofNamespace));
    RestAssured.get("/q/health/live").then().statusCode(200);
    RestAssured.get("/q/health/ready").then().statusCode(200);
  }

  @Test
  void dryRunListsWhatEnforceCreatesAndCreatesNothing() {
    String ns = namespace("remediate");
    client.resource(deployment(ns, "api", true)).create();
    var profile = profile(ns, "production", Map.of());
    var remediation = profile.getSpec().getRemediation();
    remediation.setMode(RemediationMode.DryRun);
    remediation.getPodDisruptionBudgets().setEnabled(true);
    remediation.getLimitRange().setEnabled(true);
    client.resource(profile).create();

    // Informers deliver the Deployment and the profile in either order: wait for the evaluation
    // that has seen both.
    ReadinessProfileStatus dryRun =
        awaitStatus(
            ns,
            "production",
            s -> s.remediation() != null && s.remediation().actions().size() == 2);
    assertEquals(
        List.of(
            "LimitRange/prodready-limits:Planned",
            "PodDisruptionBudget/prodready-deployment-api:Planned"),
        dryRun.remediation().actions().stream()
            .map(a -> a.kind() + "/" + a.name() + ":" + a.action())
            .toList());
    assertEquals("DryRun: 2 planned", dryRun.remediation().summary());
    assertTrue(
        client.policy().v1().podDisruptionBudget().inNamespace(ns).list().getItems().isEmpty());
    assertTrue(client.limitRanges().inNamespace(ns).list().getItems().isEmpty());

    var enforce =
        client.resources(ReadinessProfile.class).inNamespace(ns).withName("production").get();
    enforce.getSpec().getRemediation().setMode(RemediationMode.Enforce);
    client.resource(enforce).update();
    ReadinessProfileStatus enforced =
        awaitStatus(
            ns,
            "production",
            s ->
                check(s, "pdb-coverage").state() == CheckState.Pass
                    && check(s, "limit-range").state() == CheckState.Pass);
    assertTrue(enforced.score() > dryRun.score(), enforced.score() + " > " + dryRun.score());
    assertTrue(
        check(enforced, "pdb-coverage").message().contains("guardrail created by prodready"),
        check(enforced, "pdb-coverage").message());
    var pdb =
        client
            .policy()
            .v1()
            .podDisruptionBudget()
            .inNamespace(ns)
            .withName("prodready-deployment-api")
            .get();
    assertEquals("prodready", pdb.getMetadata().getLabels().get("app.kubernetes.io/managed-by"));
    String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
    assertTrue(
        metrics.contains(
            "prodready_remediation_actions_total{action=\"Created\",kind=\"PodDisruptionBudget\"}"),
        "remediation counter");

    // Off plans and creates nothing more, and leaves what was created in place.
    var off = client.resources(ReadinessProfile.class).inNamespace(ns).withName("production").get();
    off.getSpec().getRemediation().setMode(RemediationMode.Off);
    client.resource(off).update();
    ReadinessProfileStatus offStatus =
        awaitStatus(
            ns,
            "production",
            s -> s.remediation() != null && s.remediation().mode() == RemediationMode.Off);
    assertEquals(List.of(), offStatus.remediation().actions());
    assertNotNull(
        client
            .policy()
            .v1()
            .podDisruptionBudget()
            .inNamespace(ns)
            .withName("prodready-deployment-api")
            .get());
    assertNotNull(client.limitRanges().inNamespace(ns).withName("prodready-limits").get());
  }

  @Test
  void invalidRemediationQuantitiesAreReportedAsInvalidSpec() {
    String ns = namespace("badquota");
    var profile = profile(ns, "production", Map.of());
    profile.getSpec().getRemediation().getResourceQuota().setHard(Map.of("requests.cpu", "lots"));
    client.resource(profile).create();
    ReadinessProfileStatus status =
        awaitStatus(
            ns, "production", s -> Conditions.find(s.conditions(), Conditions.READY) != null);
    Condition ready = Conditions.find(status.conditions(), Conditions.READY);
    assertEquals("InvalidSpec", ready.getReason());
    assertEquals(
        "spec.remediation.resourceQuota.hard[requests.cpu]: 'lots' is not a Kubernetes quantity "
            + "(e.g. 500m, 2, 512Mi)",
        ready.getMessage());
  }

  @Test
  void checksOnOptionalCrdsFollowTheCrdsBeingServed() {
    String ns = namespace("observed");
    client.resource(deployment(ns, "api", true)).create();
    client.resource(profile(ns, "production", Map.of())).create();
    ReadinessProfileStatus before = awaitStatus(ns, "production", s -> s.score() != null);
    // Critical items without their CRD need a sign-off (Manual), they do not drop out of the gate
    // (issue 10, item 10).
    assertEquals(CheckState.Manual, check(before, "alerting-rules").state());
    assertTrue(
        check(before, "alerting-rules").message().contains("PrometheusRule CRD is not served"),
        check(before, "alerting-rules").message());
    assertEquals(CheckState.Manual, check(before, "velero-schedule").state());
    assertEquals(CheckState.Manual, check(before, "service-monitor-coverage").state());

    crd("monitoring.coreos.com", "PrometheusRule", "prometheusrules", "v1");
    crd("monitoring.coreos.com", "ServiceMonitor", "servicemonitors", "v1");
    crd("velero.io", "Schedule", "schedules", "v1");
    client
        .genericKubernetesResources("velero.io/v1", "Schedule")
        .inNamespace(namespace("velero"))
        .resource(
            Serialization.unmarshal(
                """
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: nightly, namespace: velero}
            spec: {schedule: "0 1 * * *", template: {includedNamespaces: [observed], ttl: 720h0m0s}}
            """,
                GenericKubernetesResource.class))
        .create();

    ReadinessProfileStatus after =
        awaitStatus(ns, "production", s -> check(s, "velero-schedule").state() == CheckState.Pass);
    assertEquals(
        CheckState.Fail,
        check(after, "alerting-rules").state(),
        "served, and no rule covers the namespace");
    assertEquals(CheckState.Fail, check(after, "service-monitor-coverage").state());
  }

  private void crd(String group, String kind, String plural, String version) {
    var crd =
        new CustomResourceDefinitionBuilder()
            .withNewMetadata()
            .withName(plural + "." + group)
            .endMetadata()
            .withNewSpec()
            .withGroup(group)
            .withScope("Namespaced")
            .withNewNames()
            .withKind(kind)
            .withPlural(plural)
            .endNames()
            .addNewVersion()
            .withName(version)
            .withServed(true)
            .withStorage(true)
            .endVersion()
            .endSpec()
            .withNewStatus()
            .addNewCondition()
            .withType("Established")
            .withStatus("True")
            .endCondition()
            .endStatus()
            .build();
    client.resource(crd).create();
  }

  @Inject CheckEngine engine;

  @Test
  void cdiCollectsExactlyTheChecksOnTheClassPath() {
    assertEquals(
        Checks.all().stream().map(c -> c.info().id()).sorted().toList(),
        engine.catalog().stream().map(c -> c.info().id()).toList());
  }

  private String namespace(String name) {
    client
        .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
    return name;
  }

  private ReadinessProfileStatus awaitStatus(
      String ns, String name, Predicate<ReadinessProfileStatus> condition) {
    return await()
        .atMost(TIMEOUT)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              ReadinessProfile p =
                  client.resources(ReadinessProfile.class).inNamespace(ns).withName(name).get();
              return p == null ? null : p.getStatus();
            },
            s -> s != null && condition.test(s));
  }

  private static CheckStatus check(ReadinessProfileStatus status, String id) {
    return status.checks().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + id + " in status"));
  }

  static ReadinessProfile profile(String ns, String name, Map<String, Object> checks) {
    var profile = new ReadinessProfile();
    profile.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(ns).build());
    if (checks.containsKey("exclude")) {
      @SuppressWarnings("unchecked")
      List<String> exclude = (List<String>) checks.get("exclude");
      profile.getSpec().getChecks().setExclude(exclude);
    }
    return profile;
  }

  static Deployment deployment(String ns, String name, boolean withLivenessProbe) {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(ns)
        .endMetadata()
        .withNewSpec()
        .withReplicas(2)
        .withNewSelector()
        .addToMatchLabels("app", name)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app", name)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage("registry.example.com/" + name + ":1.0")
        .withLivenessProbe(
            withLivenessProbe
                ? new ProbeBuilder().withNewTcpSocket().withNewPort(8080).endTcpSocket().build()
                : null)
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }
}
