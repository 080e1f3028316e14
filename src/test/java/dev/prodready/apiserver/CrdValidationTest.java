package dev.prodready.apiserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The committed CRD as a real API server enforces it: schema, enums, ranges and CEL rules. */
@Tag("apiserver")
class CrdValidationTest {

  private static KubernetesClient admin;

  @BeforeAll
  static void start() {
    admin = LocalApiServer.adminClient();
    admin
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName("crd-validation")
                .endMetadata()
                .build())
        .serverSideApply();
  }

  @AfterAll
  static void close() {
    admin.close();
  }

  @Test
  void crdIsServedWithShortNameAndColumns() {
    CustomResourceDefinition crd =
        admin
            .apiextensions()
            .v1()
            .customResourceDefinitions()
            .withName("readinessprofiles.prodready.dev")
            .get();
    assertEquals("rp", crd.getSpec().getNames().getShortNames().get(0));
    assertEquals(
        List.of("Score", "Grade", "Gate", "Failed", "Remediation", "Ready", "Age"),
        crd.getSpec().getVersions().get(0).getAdditionalPrinterColumns().stream()
            .map(c -> c.getName())
            .toList());
  }

  @Test
  void samplesApply() {
    LocalApiServer.applyFolder(admin, Path.of("samples"));
    assertEquals(
        "production",
        admin
            .genericKubernetesResources("prodready.dev/v1alpha1", "ReadinessProfile")
            .inNamespace("shop")
            .withName("production")
            .get()
            .getMetadata()
            .getName());
  }

  @Test
  void theInstallManifestsAreValid() throws Exception {
    LocalApiServer.applyFolderFile(admin, Path.of("config/rbac.yaml"));
    try (var in = Files.newInputStream(Path.of("config/operator.yaml"))) {
      admin.load(in).items().forEach(o -> admin.resource(o).dryRun().create());
    }
  }

  @Test
  void minScoreAboveHundredIsRejectedNamingTheField() {
    String message =
        rejected(
            """
        spec:
          gate: {minScore: 150}
        """);
    assertTrue(message.contains("spec.gate.minScore"), message);
    assertTrue(message.contains("100"), message);
  }

  @Test
  void unknownPriorityIsRejected() {
    String message =
        rejected(
            """
        spec:
          checks:
            priorityOverrides: [{check: topology-spread, priority: Urgent}]
        """);
    assertTrue(message.contains("spec.checks.priorityOverrides[0].priority"), message);
    assertTrue(message.contains("Critical"), message);
  }

  @Test
  void duplicatePriorityOverridesAreRejectedByTheCelRule() {
    String message =
        rejected(
            """
        spec:
          checks:
            priorityOverrides:
              - {check: topology-spread, priority: Critical}
              - {check: topology-spread, priority: Medium}
        """);
    assertTrue(message.contains("priorityOverrides must name each check at most once"), message);
  }

  @Test
  void malformedCheckIdIsRejected() {
    String message =
        rejected(
            """
        spec:
          checks:
            priorityOverrides: [{check: "Liveness Probe", priority: High}]
        """);
    assertTrue(message.contains("spec.checks.priorityOverrides[0].check"), message);
  }

  @Test
  void defaultsAreFilledInByTheServer() {
    var created = admin.resource(profile("defaults", "spec: {gate: {}}")).create();
    @SuppressWarnings("unchecked")
    var gate =
        (Map<String, Object>)
            ((Map<String, Object>) created.getAdditionalProperties().get("spec")).get("gate");
    assertEquals(80, ((Number) gate.get("minScore")).intValue());
    assertEquals(true, gate.get("failOnCritical"));
  }

  private String rejected(String specYaml) {
    var e =
        assertThrows(
            KubernetesClientException.class,
            () ->
                admin
                    .resource(profile("invalid-" + Math.abs(specYaml.hashCode()), specYaml))
                    .create());
    assertEquals(422, e.getCode(), e.getMessage());
    return e.getMessage();
  }

  private static GenericKubernetesResource profile(String name, String specYaml) {
    return Serialization.unmarshal(
        """
        apiVersion: prodready.dev/v1alpha1
        kind: ReadinessProfile
        metadata: {name: %s, namespace: crd-validation}
        """
                .formatted(name)
            + specYaml,
        GenericKubernetesResource.class);
  }
}
