package dev.prodready.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crdv2.generator.CRDGenerator;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * crds/ holds the CRD generated from the model classes; this test fails when they drift. `make
 * crds` (mvn test -Dtest=CrdSyncTest -DupdateCrds=true) rewrites it and the chart's copy in
 * helm/prodready/crds/.
 */
class CrdSyncTest {

  public static final Path COMMITTED = Path.of("crds/readinessprofiles.prodready.dev-v1.yml");

  /** The chart's copy: Helm installs CRDs from the chart's crds/ folder. */
  public static final Path CHART_COPY =
      Path.of("helm/prodready/crds/readinessprofiles.prodready.dev-v1.yml");

  /**
   * Descriptions of fields whose types come from fabric8 or the CustomResource base class, for
   * `kubectl explain`.
   */
  private static final Map<String, String> STANDARD_DESCRIPTIONS = standardDescriptions();

  private static Map<String, String> standardDescriptions() {
    var d = new LinkedHashMap<String, String>();
    d.put(
        "spec",
        "The policy: which checks run, which workloads are scored and when the namespace passes.");
    d.put("status", "The scored checklist, written by the operator.");
    labelSelector(d, "spec.workloadSelector", "a workload must meet to be scored");
    labelSelector(d, "spec.exemptions.workloadSelector", "of exempted workloads");
    d.put("status.conditions.type", "Condition type: Ready or ChecksPassing.");
    d.put("status.conditions.status", "True, False or Unknown.");
    d.put(
        "status.conditions.reason",
        "Machine-readable reason in CamelCase, for example Evaluated or InvalidSpec.");
    d.put("status.conditions.message", "Human-readable details.");
    d.put(
        "status.conditions.observedGeneration",
        "metadata.generation the condition was computed from.");
    d.put("status.conditions.lastTransitionTime", "When the condition last changed status.");
    return d;
  }

  /** The fields of a fabric8 LabelSelector, which carries no descriptions of its own. */
  private static void labelSelector(Map<String, String> d, String path, String whose) {
    d.put(path + ".matchLabels", "Labels (all of them) " + whose + ".");
    d.put(path + ".matchExpressions", "Label requirements (all of them) " + whose + ".");
    d.put(path + ".matchExpressions.key", "Label key the requirement applies to.");
    d.put(path + ".matchExpressions.operator", "In, NotIn, Exists or DoesNotExist.");
    d.put(
        path + ".matchExpressions.values",
        "Values for In and NotIn (non-empty); empty for Exists and DoesNotExist.");
  }

  private static void describeStandardFields(JSONSchemaProps root) {
    STANDARD_DESCRIPTIONS.forEach(
        (path, description) -> {
          JSONSchemaProps node = root;
          for (String part : path.split("\\.")) {
            node =
                node.getProperties() != null && node.getProperties().containsKey(part)
                    ? node.getProperties().get(part)
                    : node.getItems().getSchema().getProperties().get(part);
          }
          if (node.getDescription() == null) {
            node.setDescription(description);
          }
        });
  }

  /** `kubectl explain readinessprofile.<field>` must document every field. */
  @Test
  void everyFieldHasADescription() throws IOException {
    var crd =
        Serialization.unmarshal(
            generate().substring(generate().indexOf('\n') + 1), CustomResourceDefinition.class);
    var missing = new ArrayList<String>();
    collectUndescribed(
        crd.getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema(), "", missing);
    assertEquals(List.of(), missing, "fields without description");
  }

  private static void collectUndescribed(JSONSchemaProps node, String path, List<String> missing) {
    if (node.getItems() != null && node.getItems().getSchema() != null) {
      collectUndescribed(node.getItems().getSchema(), path + "[]", missing);
    }
    if (node.getProperties() == null) {
      return;
    }
    node.getProperties()
        .forEach(
            (name, child) -> {
              String childPath = path + "." + name;
              if (!childPath.equals(".metadata")
                  && !childPath.equals(".apiVersion")
                  && !childPath.equals(".kind")
                  && child.getDescription() == null) {
                missing.add(childPath);
              }
              collectUndescribed(child, childPath, missing);
            });
  }

  @Test
  void committedCrdMatchesTheModel() throws IOException {
    String generated = generate();
    for (Path file : List.of(COMMITTED, CHART_COPY)) {
      if (Boolean.getBoolean("updateCrds")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated);
      }
      String committed = Files.exists(file) ? Files.readString(file) : "";
      assertEquals(
          generated, committed, file + " is out of date: run `make crds` and commit the result");
    }
  }

  static String generate() throws IOException {
    Path dir = Files.createTempDirectory("crd");
    new CRDGenerator()
        .customResourceClasses(ReadinessProfile.class)
        .forCRDVersions("v1")
        .inOutputDir(dir.toFile())
        .generate();
    var crd =
        Serialization.unmarshal(
            Files.readString(dir.resolve("readinessprofiles.prodready.dev-v1.yml")),
            CustomResourceDefinition.class);
    // The generator sorts printer columns by JSON path; kubectl shows them in list order, so
    // restore declaration order.
    List<String> declared =
        Arrays.stream(ReadinessProfile.class.getAnnotationsByType(AdditionalPrinterColumn.class))
            .map(AdditionalPrinterColumn::name)
            .toList();
    crd.getSpec()
        .getVersions()
        .forEach(
            v ->
                v.getAdditionalPrinterColumns()
                    .sort(
                        Comparator.comparingInt(
                            (CustomResourceColumnDefinition c) -> declared.indexOf(c.getName()))));
    crd.getSpec()
        .getVersions()
        .forEach(v -> describeStandardFields(v.getSchema().getOpenAPIV3Schema()));
    return "# Generated from the classes in src/main/java/dev/prodready/api by `make crds`. Do not edit.\n"
        + Serialization.asYaml(crd);
  }
}
