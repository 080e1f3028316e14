package dev.prodready.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.check.Checks;
import dev.prodready.samples.Samples;
import dev.prodready.samples.SamplesTest;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `prodready audit` end to end in-process: formats, grouping, profiles, optional CRDs and exit
 * codes.
 */
class CliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CATALOG = Checks.all().size();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static JsonNode status(CliRun run, String namespace) throws IOException {
    for (JsonNode item : JSON.readTree(run.out()).get("items")) {
      if (item.get("metadata").get("namespace").asText().equals(namespace)) {
        return item.get("status");
      }
    }
    throw new AssertionError("no namespace " + namespace + " in " + run.out());
  }

  private static String state(JsonNode status, String check) {
    return StreamSupport.stream(status.get("checks").spliterator(), false)
        .filter(c -> c.get("id").asText().equals(check))
        .findFirst()
        .orElseThrow()
        .get("state")
        .asText();
  }

  @Test
  void samplesPrintTheChecklistOfMakeDemoAndFailTheGate() {
    CliRun run = CliRun.of("audit", "-f", "samples");
    assertEquals(Cli.FAILED, run.exit(), run.err());
    assertEquals("", run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        "ReadinessProfile shop/production: score "
            + SamplesTest.EXPECTED_SCORE
            + ", grade F, gate Fail ("
            + SamplesTest.EXPECTED_FAILED
            + " failed, 31 manual, 12 notApplicable, "
            + SamplesTest.EXPECTED_PASSED
            + " passed)",
        lines.get(0));
    assertTrue(lines.get(2).startsWith("STATE"), lines.get(2));
    assertTrue(lines.get(3).startsWith("Fail           Critical  cpu-requests"), lines.get(3));
    assertEquals(
        "               - deployment/legacy-api: containers without a CPU request: api",
        lines.get(4));
  }

  @Test
  void exitCodesFollowFailOn() throws IOException {
    Path lenient =
        write(
            "profile.yaml",
            """
        apiVersion: prodready.dev/v1alpha1
        kind: ReadinessProfile
        metadata: {name: lenient}
        spec:
          gate: {minScore: 0, failOnCritical: false}
        """);
    assertEquals(Cli.FAILED, CliRun.of("audit", "-f", "samples", "--fail-on", "gate").exit());
    assertEquals(Cli.PASSED, CliRun.of("audit", "-f", "samples", "--fail-on", "never").exit());
    assertEquals(
        Cli.PASSED,
        CliRun.of("audit", "-f", "samples", "--profile", lenient.toString()).exit(),
        "the lenient gate passes");
    assertEquals(
        Cli.FAILED,
        CliRun.of(
                "audit", "-f", "samples", "--profile", lenient.toString(), "--fail-on", "critical")
            .exit(),
        "Critical checks still fail");
  }

  @Test
  void badUsageIsExitTwoWithOneLine() {
    for (String[] args :
        List.of(
            new String[] {"audit"},
            new String[] {"audit", "-f", "samples", "-o", "xml"},
            new String[] {"audit", "-f", "samples", "--fail-on", "sometimes"},
            new String[] {"audit", "-f"},
            new String[] {"audit", "-f", "samples", "--assume-crds", "widgets.example.com"},
            new String[] {"audit", "samples"},
            new String[] {"lint"})) {
      CliRun run = CliRun.of(args);
      assertEquals(Cli.BAD_INPUT, run.exit(), String.join(" ", args));
      assertTrue(run.err().startsWith("prodready: "), run.err());
      assertEquals("", run.out());
    }
  }

  @Test
  void unreadableInputIsExitTwoNamingFileAndLineWhileTheOtherFilesAreScored() throws IOException {
    Path broken = write("broken.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: x\n");
    CliRun run = CliRun.of("audit", "-f", "samples", "-f", broken.toString(), "-o", "json");
    assertEquals(Cli.BAD_INPUT, run.exit());
    assertTrue(run.err().startsWith("prodready: " + broken + ":"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertEquals(
        SamplesTest.EXPECTED_SCORE,
        status(run, "shop").get("score").asInt(),
        "samples/ still scored");
  }

  @Test
  void objectsAreGroupedByNamespaceWithTheDefaultForThoseWithout() throws IOException {
    Path file =
        write(
            "two.yaml",
            """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: restricted
          labels: {pod-security.kubernetes.io/enforce: restricted}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: restricted}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: "web:1"}]}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: nowhere}
        spec:
          selector: {matchLabels: {app: nowhere}}
          template:
            metadata: {labels: {app: nowhere}}
            spec: {containers: [{name: app, image: "app:1"}]}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings, namespace: restricted}
        """);
    CliRun run = CliRun.of("audit", "-f", file.toString(), "-n", "team-a", "-o", "json");

    assertEquals(2, JSON.readTree(run.out()).get("items").size());
    assertEquals(
        "Pass",
        state(status(run, "restricted"), "pod-security-restricted"),
        "Namespace labels are used");
    assertEquals("Fail", state(status(run, "team-a"), "pod-security-restricted"));
    assertTrue(run.err().contains("ignored 1 x v1 ConfigMap (no check reads it)"), run.err());
  }

  @Test
  void rolloutDefaultsAreTheApiServersAsTheOperatorSeesThem() throws IOException {
    Path file =
        write(
            "deployment.yaml",
            """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api}
        spec:
          replicas: 4
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec: {containers: [{name: api, image: "api:1"}]}
        """);
    CliRun run = CliRun.of("audit", "-f", file.toString(), "-o", "json");
    JsonNode check =
        StreamSupport.stream(status(run, "default").get("checks").spliterator(), false)
            .filter(c -> c.get("id").asText().equals("rolling-update-zero-unavailable"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "deployment/api: maxUnavailable 25% takes 1 pod down at 4 replicas",
        check.get("offenders").get(0).asText());
  }

  @Test
  void optionalCrdsAreServedWhenTheInputHoldsThemOrAssumeCrdsNamesThem() throws IOException {
    String rule =
        """
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: alerts, namespace: shop}
        spec: {groups: []}
        """;
    Path rules = write("rules.yaml", rule);
    CliRun without = CliRun.of("audit", "-f", "samples", "-f", rules.toString(), "-o", "json");
    assertEquals(
        "Manual",
        state(status(without, "shop"), "alerting-rules"),
        "a Critical item without its CRD needs a sign-off");
    assertTrue(
        without
            .err()
            .contains(
                "ignored 1 x monitoring.coreos.com/v1 PrometheusRule (its CRD is not in the "
                    + "input: see --assume-crds)"),
        without.err());

    for (String name :
        List.of("monitoring.coreos.com/PrometheusRule", "prometheusrules.monitoring.coreos.com")) {
      CliRun assumed =
          CliRun.of(
              "audit",
              "-f",
              "samples",
              "-f",
              rules.toString(),
              "--assume-crds",
              name,
              "-o",
              "json");
      assertEquals(
          "Fail",
          state(status(assumed, "shop"), "alerting-rules"),
          "an empty rule group alerts on nothing");
    }

    Path withCrd =
        write(
            "with-crd.yaml",
            Files.readString(
                    Path.of("src/test/resources/crds/prometheusrules.monitoring.coreos.com.yaml"))
                + "\n---\n"
                + rule);
    CliRun served = CliRun.of("audit", "-f", "samples", "-f", withCrd.toString(), "-o", "json");
    assertEquals("Fail", state(status(served, "shop"), "alerting-rules"));
    assertEquals("", served.err());
  }

  @Test
  void aProfileFileDrivesExcludesAndOverridesForEveryNamespace() throws IOException {
    Path profile =
        write(
            "profile.yaml",
            """
        apiVersion: prodready.dev/v1alpha1
        kind: ReadinessProfile
        metadata: {name: ci}
        spec:
          checks:
            exclude: [cpu-requests]
            priorityOverrides: [{check: gitops-managed, priority: Medium}]
        """);
    CliRun run = CliRun.of("audit", "-f", "samples", "--profile", profile.toString(), "-o", "yaml");
    KubernetesList list = Serialization.unmarshal(run.out(), KubernetesList.class);
    ReadinessProfile scored =
        (ReadinessProfile)
            Serialization.unmarshal(
                Serialization.asYaml(list.getItems().get(0)), ReadinessProfile.class);
    assertEquals("ci", scored.getMetadata().getName());
    var checks = scored.getStatus().checks();
    assertEquals(CATALOG, checks.size());
    assertEquals(
        "Skipped",
        checks.stream()
            .filter(c -> c.id().equals("cpu-requests"))
            .findFirst()
            .orElseThrow()
            .state()
            .name());
    assertEquals(
        "Medium",
        checks.stream()
            .filter(c -> c.id().equals("gitops-managed"))
            .findFirst()
            .orElseThrow()
            .priority()
            .name());
  }

  @Test
  void anInvalidProfileIsBadInputNamingTheField() throws IOException {
    Path profile =
        write(
            "profile.yaml",
            """
        apiVersion: prodready.dev/v1alpha1
        kind: ReadinessProfile
        metadata: {name: typo}
        spec:
          checks: {exclude: [cpu-request]}
        """);
    CliRun run = CliRun.of("audit", "-f", "samples", "--profile", profile.toString());
    assertEquals(Cli.BAD_INPUT, run.exit());
    assertTrue(
        run.err()
            .contains(
                profile
                    + ":1: ReadinessProfile typo is invalid: spec.checks.exclude[0]: unknown "
                    + "check id 'cpu-request'"),
        run.err());
  }

  @Test
  void standardInputWorksLikeAFile() throws IOException {
    CliRun run = CliRun.withStdin(Samples.yaml(), "audit", "-f", "-", "-o", "json");
    assertEquals(Cli.FAILED, run.exit(), run.err());
    assertEquals(SamplesTest.EXPECTED_SCORE, status(run, "shop").get("score").asInt());
  }

  @Test
  void checklistPrintsAProfileFromKubectl() throws IOException {
    CliRun json = CliRun.of("audit", "-f", "samples", "-o", "json");
    Path profile =
        write("rp.json", JSON.writeValueAsString(JSON.readTree(json.out()).get("items").get(0)));
    CliRun run = CliRun.of("checklist", profile.toString());
    assertEquals(Cli.PASSED, run.exit(), run.err());
    assertEquals(
        CliRun.of("audit", "-f", "samples").out(), run.out(), "one table implementation for both");
  }
}
