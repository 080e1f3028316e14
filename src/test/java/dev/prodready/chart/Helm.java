package dev.prodready.chart;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the helm binary that hack/helm.sh provides (built from Go modules and cached) against
 * helm/prodready.
 */
public final class Helm {

  public static final Path CHART = Path.of("helm/prodready");
  private static String binary;

  private Helm() {}

  /** Exit code and combined output of one helm run. */
  public record Result(int exitCode, String output) {

    public Result orFail() {
      if (exitCode != 0) {
        throw new AssertionError("helm exited with " + exitCode + ":\n" + output);
      }
      return this;
    }
  }

  public static synchronized String binary() {
    if (binary == null) {
      binary = run(List.of("hack/helm.sh", "path")).orFail().output().strip();
    }
    return binary;
  }

  public static Result helm(String... args) {
    var command = new ArrayList<String>();
    command.add(binary());
    command.addAll(List.of(args));
    return run(command);
  }

  /**
   * `helm template <release> helm/prodready --namespace <namespace> <extra args>`; fails the test
   * on an error.
   */
  public static String template(String release, String namespace, String... extra) {
    var args =
        new ArrayList<>(List.of("template", release, CHART.toString(), "--namespace", namespace));
    args.addAll(List.of(extra));
    return helm(args.toArray(String[]::new)).orFail().output();
  }

  /** The rendered objects of {@link #template}. */
  public static List<HasMetadata> render(String release, String namespace, String... extra) {
    return parse(template(release, namespace, extra));
  }

  public static List<HasMetadata> parse(String yaml) {
    var objects = new ArrayList<HasMetadata>();
    for (String doc : yaml.split("(?m)^---\\s*$")) {
      boolean onlyComments =
          doc.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"));
      if (!onlyComments) {
        objects.add((HasMetadata) Serialization.unmarshal(doc));
      }
    }
    return objects;
  }

  private static Result run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + String.join(" ", command));
      }
      return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
