package dev.prodready.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Exactly the files of samples/, as one multi-document YAML, in the order `kubectl apply -f
 * samples/` reads them.
 */
public final class Samples {

  private Samples() {}

  public static String yaml() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .sorted()
          .map(Samples::read)
          .collect(Collectors.joining("\n---\n"));
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
