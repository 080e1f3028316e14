package dev.prodready.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.RemediationMode;
import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.check.CheckEngine;
import dev.prodready.check.CheckResult;
import dev.prodready.check.Checks;
import dev.prodready.check.EvaluationPolicy;
import dev.prodready.check.Fixture;
import dev.prodready.remediation.Remediator;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The informer caches keep objects as CachePruning leaves them. Every fixture (all checks, all
 * outcomes) is evaluated twice, from the objects as written and from the objects as the cache would
 * hold them after the API server and kubectl added managedFields and a last-applied copy: the whole
 * catalog's verdicts and every guardrail's plan must be equal.
 */
class CachePruningTest {

  private static final CheckEngine ENGINE = Checks.engine();

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> f.toString().contains("/checks/") || f.toString().contains("/status/"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void prunedObjectsGiveTheSameVerdictsAndPlans(Path file) throws IOException {
    NamespaceSnapshot whole = Fixture.load(file).snapshot();
    NamespaceSnapshot pruned = Fixture.load(file, o -> CachePruning.prune(asServed(o))).snapshot();

    assertEquals(verdicts(whole), verdicts(pruned), file.toString());
    assertEquals(plans(whole), plans(pruned), file.toString());
  }

  @Test
  void dropsWhatNoCheckReads() {
    Deployment d =
        CachePruning.prune(
            asServed(
                new DeploymentBuilder()
                    .withMetadata(
                        new ObjectMetaBuilder()
                            .withName("api")
                            .withNamespace("shop")
                            .withAnnotations(Map.of("team", "payments"))
                            .build())
                    .withNewSpec()
                    .withNewTemplate()
                    .withNewSpec()
                    .addNewContainer()
                    .withName("app")
                    .endContainer()
                    .endSpec()
                    .endTemplate()
                    .endSpec()
                    .withNewStatus()
                    .withReplicas(3)
                    .withReadyReplicas(3)
                    .endStatus()
                    .build()));
    assertNull(d.getMetadata().getManagedFields());
    assertEquals(Map.of("team", "payments"), d.getMetadata().getAnnotations());
    assertNull(d.getStatus());
    assertEquals("app", d.getSpec().getTemplate().getSpec().getContainers().get(0).getName());

    var ownedJob =
        CachePruning.prune(
            new JobBuilder()
                .withNewMetadata()
                .withName("report-123")
                .withNamespace("shop")
                .withOwnerReferences(
                    new OwnerReferenceBuilder().withKind("CronJob").withName("report").build())
                .endMetadata()
                .withNewSpec()
                .withNewTemplate()
                .endTemplate()
                .endSpec()
                .build());
    assertNull(ownedJob.getSpec(), "a CronJob's Job is only read for its owner");
  }

  /**
   * What the API server adds to a stored object: managedFields, and kubectl apply's copy of the
   * whole object.
   */
  @SuppressWarnings("unchecked")
  private static <R extends HasMetadata> R asServed(R object) {
    String json = Serialization.asJson(object);
    var meta = object.getMetadata();
    Map<String, String> annotations =
        meta.getAnnotations() == null ? new HashMap<>() : new HashMap<>(meta.getAnnotations());
    annotations.put(CachePruning.LAST_APPLIED, json);
    meta.setAnnotations(annotations);
    meta.setManagedFields(
        List.of(
            new ManagedFieldsEntryBuilder()
                .withManager("kubectl-client-side-apply")
                .withOperation("Update")
                .withApiVersion(object.getApiVersion())
                .withFieldsType("FieldsV1")
                .withNewFieldsV1()
                .addToAdditionalProperties("f:spec", Map.of("f:replicas", Map.of()))
                .endFieldsV1()
                .build()));
    return object;
  }

  private static List<String> verdicts(NamespaceSnapshot snapshot) {
    return ENGINE.evaluate(snapshot, EvaluationPolicy.defaults(10)).stream()
        .map(CachePruningTest::verdict)
        .toList();
  }

  private static String verdict(CheckResult r) {
    return r.info().id()
        + " "
        + r.state()
        + " "
        + r.message()
        + " "
        + r.offenders()
        + " "
        + r.offenderCount()
        + " "
        + r.passFraction();
  }

  private static List<String> plans(NamespaceSnapshot snapshot) {
    var spec = new RemediationSpec();
    spec.setMode(RemediationMode.Enforce);
    spec.getResourceQuota().setEnabled(true);
    spec.getLimitRange().setEnabled(true);
    spec.getNetworkPolicy().setEnabled(true);
    spec.getPodDisruptionBudgets().setEnabled(true);
    spec.getPrometheusRules().setEnabled(true);
    var owner = new ReadinessProfile();
    owner.setMetadata(
        new ObjectMetaBuilder()
            .withName("production")
            .withNamespace(snapshot.name())
            .withUid("u")
            .build());
    return Remediator.plan(snapshot, spec, owner).stream()
        .map(
            p ->
                p.kind()
                    + "/"
                    + p.name()
                    + " "
                    + p.decision()
                    + " "
                    + p.reason()
                    + " "
                    + p.values())
        .toList();
  }
}
