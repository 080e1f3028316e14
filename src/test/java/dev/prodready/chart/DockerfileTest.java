package dev.prodready.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image recipe and the chart's defaults agree: the user id, the port, the writable path, the
 * entry point without a shell. The chart side is read from config/operator.yaml, the default
 * rendering (InstallManifestsTest keeps it so).
 */
class DockerfileTest {

  static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

  private static String instruction(String dockerfile, String name) {
    var m = Pattern.compile("(?m)^" + name + " (.+)$").matcher(dockerfile);
    assertTrue(m.find(), "no " + name + " in " + DOCKERFILE);
    return m.group(1).strip();
  }

  @Test
  void chartDefaultsMatchTheImage() throws Exception {
    String dockerfile = Files.readString(DOCKERFILE);
    Deployment deployment =
        Helm.parse(Files.readString(Path.of("config/operator.yaml"))).stream()
            .filter(Deployment.class::isInstance)
            .map(Deployment.class::cast)
            .findFirst()
            .orElseThrow();
    var pod = deployment.getSpec().getTemplate().getSpec();
    Container container = pod.getContainers().get(0);

    String user = instruction(dockerfile, "USER");
    assertTrue(user.matches("\\d+"), "a numeric USER lets runAsNonRoot verify it: " + user);
    assertEquals(Long.valueOf(user), pod.getSecurityContext().getRunAsUser());
    assertEquals(
        instruction(dockerfile, "EXPOSE"),
        String.valueOf(container.getPorts().get(0).getContainerPort()));

    String entrypoint = instruction(dockerfile, "ENTRYPOINT");
    assertTrue(entrypoint.startsWith("[\"java\""), "exec form, no shell: " + entrypoint);
    assertTrue(entrypoint.contains("/deployments/quarkus-run.jar"), entrypoint);
    assertTrue(
        dockerfile.contains("COPY --chown=185:0 target/quarkus-app/lib/ /deployments/lib/"),
        "fast-jar layout");

    assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem());
    var tmpdir = Pattern.compile("-Djava\\.io\\.tmpdir=([^\"]+)\"").matcher(entrypoint);
    assertTrue(tmpdir.find(), "the image names its only writable path");
    assertEquals(
        List.of(tmpdir.group(1)),
        container.getVolumeMounts().stream().map(v -> v.getMountPath()).toList(),
        "the only writable path is a volume in the chart");
    assertTrue(
        container.getEnv().stream().anyMatch(e -> e.getName().equals("JDK_JAVA_OPTIONS")),
        "JVM options reach the java launcher without a shell");
  }
}
