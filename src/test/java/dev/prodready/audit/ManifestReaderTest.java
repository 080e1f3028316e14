package dev.prodready.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing: multi-document YAML, JSON, List objects, standard input, broken documents with their
 * line.
 */
class ManifestReaderTest {

  @TempDir Path dir;

  private static ManifestReader reader(String stdin) {
    return new ManifestReader(
        ManifestReader.serialization(),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void multiDocumentYamlGivesEachObjectWithTheLineItStartsOn() throws IOException {
    Path file =
        write(
            "app.yaml",
            """
        # a comment before the first document
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: shop}
        spec:
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec:
              containers: [{name: api, image: "api:1.0", ports: [{containerPort: 8080}]}]
        ---
        ---
        # only a comment: an empty document
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: api
        spec:
          ports: [{port: 80, targetPort: 8080}]
        ...
        --- {apiVersion: v1, kind: ConfigMap, metadata: {name: inline}}
        """);
    Manifests read = reader("").read(List.of(file.toString()));

    assertEquals(List.of(), read.problems());
    assertEquals(3, read.objects().size());
    assertInstanceOf(Deployment.class, read.objects().get(0).object());
    assertEquals(new Source(file.toString(), 2), read.objects().get(0).source());
    assertInstanceOf(Service.class, read.objects().get(1).object());
    assertEquals(15, read.objects().get(1).source().line());
    assertEquals(
        "ConfigMap", read.objects().get(2).object().getKind(), "kinds no check reads stay generic");
    assertEquals(22, read.objects().get(2).source().line());
    var port =
        ((Deployment) read.objects().get(0).object())
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0)
            .getPorts()
            .get(0)
            .getContainerPort();
    assertEquals(8080, port, "numbers stay numbers");
  }

  @Test
  void jsonAndListObjectsGiveEveryItemWithItsOwnLine() throws IOException {
    Path file =
        write(
            "list.json",
            """
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "apps/v1", "kind": "Deployment",
              "metadata": {"name": "a", "namespace": "shop"},
              "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "a"}},
                       "template": {"metadata": {"labels": {"app": "a"}}, "spec": {"containers": []}}}
            },
            {
              "apiVersion": "v1", "kind": "Service", "metadata": {"name": "a"}, "spec": {}
            }
          ]
        }
        """);
    Manifests read = reader("").read(List.of(file.toString()));

    assertEquals(List.of(), read.problems());
    assertEquals(2, read.objects().size());
    assertEquals(5, read.objects().get(0).source().line());
    assertEquals(2, ((Deployment) read.objects().get(0).object()).getSpec().getReplicas());
    assertEquals(11, read.objects().get(1).source().line());
  }

  @Test
  void typedListsAreReadLikeV1List() throws IOException {
    Path file =
        write(
            "deployments.yaml",
            """
        apiVersion: apps/v1
        kind: DeploymentList
        items:
        - apiVersion: apps/v1
          kind: Deployment
          metadata: {name: one}
        - apiVersion: apps/v1
          kind: Deployment
          metadata: {name: two}
        """);
    Manifests read = reader("").read(List.of(file.toString()));
    assertEquals(List.of(4, 7), read.objects().stream().map(o -> o.source().line()).toList());
  }

  @Test
  void standardInputIsReadForDash() {
    Manifests read =
        reader(
                """
        apiVersion: v1
        kind: Service
        metadata: {name: from-stdin}
        """)
            .read(List.of("-"));
    assertEquals(1, read.objects().size());
    assertEquals("-", read.objects().get(0).source().file());
    assertEquals("<stdin>:1", read.objects().get(0).source().toString());
  }

  @Test
  void aBrokenDocumentIsOneProblemWithItsLineAndTheRestIsStillRead() throws IOException {
    Path broken =
        write(
            "a/broken.yaml",
            """
        apiVersion: v1
        kind: Service
        metadata: {name: before}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: bad
           labels: {a: b}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: after}
        """);
    Path good =
        write("b/good.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: other-file}\n");
    write("b/README.md", "not a manifest: ignored by the directory walk");
    Manifests read = reader("").read(List.of(dir.toString()));

    assertEquals(1, read.problems().size(), read.problems().toString());
    InputProblem problem = read.problems().get(0);
    assertEquals(broken.toString(), problem.source().file());
    assertEquals(9, problem.source().line(), problem.toString());
    assertTrue(problem.toString().startsWith(broken + ":9: invalid YAML:"), problem.toString());
    assertEquals(
        List.of("before", "after", "other-file"),
        read.objects().stream().map(o -> o.object().getMetadata().getName()).toList());
    assertEquals(good.toString(), read.objects().get(2).source().file());
  }

  @Test
  void objectsThatAreNotKubernetesObjectsAreProblemsNotCrashes() throws IOException {
    Path file =
        write(
            "odd.yaml",
            """
        just a string
        ---
        kind: Deployment
        metadata: {name: no-api-version}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: bad-replicas}
        spec: {replicas: many}
        """);
    Manifests read =
        reader("").read(List.of(file.toString(), dir.resolve("missing.yaml").toString()));

    var lines = read.problems().stream().map(InputProblem::toString).toList();
    assertEquals(4, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith(file + ":1: not a Kubernetes object"), lines.get(0));
    assertTrue(
        lines.get(1).startsWith(file + ":3: not a Kubernetes object: apiVersion and kind"),
        lines.get(1));
    assertTrue(
        lines.get(2).startsWith(file + ":6: cannot read Deployment bad-replicas:"), lines.get(2));
    assertTrue(lines.get(3).endsWith("missing.yaml: no such file or directory"), lines.get(3));
    lines.forEach(
        l ->
            assertTrue(
                !l.contains("\n") && !l.contains("\tat "), "one line, no stack trace: " + l));
  }

  @Test
  void unknownKindsAndCustomResourcesAreRead() throws IOException {
    Path file =
        write(
            "crs.yaml",
            """
        apiVersion: example.com/v1
        kind: Widget
        metadata: {name: w, namespace: shop}
        """);
    Manifests read = reader("").read(List.of(file.toString()));
    assertInstanceOf(GenericKubernetesResource.class, read.objects().get(0).object());
  }
}
