package dev.prodready.check;

import dev.prodready.snapshot.NamespaceSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One namespace of the real-world corpus: every *.yaml file of its folder, in name order, read as
 * one fixture (the conventions of {@link Fixture}: a Namespace document, a ReadinessProfile
 * document, "# served-crds:" lines).
 *
 * <p>Dates are written relative to the day the test runs, so that "a restore 20 days ago" stays 20
 * days ago: {@code <days-ago:N>} becomes an RFC 3339 timestamp (02:00 UTC, N days before today) and
 * {@code <date-days-ago:N>} a plain date; {@code <date-days-ahead:N>} a date N days after today.
 */
record CorpusNamespace(String folder, NamespaceSnapshot snapshot) {

  static final String EXPECTATIONS = "expected.md";
  private static final Pattern RELATIVE_DATE =
      Pattern.compile("<(days-ago|date-days-ago|date-days-ahead):(\\d+)>");

  static CorpusNamespace load(Path folder, LocalDate today) throws IOException {
    String yaml;
    try (Stream<Path> files = Files.list(folder)) {
      yaml =
          files
              .filter(f -> f.toString().endsWith(".yaml"))
              .sorted()
              .map(CorpusNamespace::read)
              .collect(Collectors.joining("\n---\n"));
    }
    Path resolved = Files.createTempFile("realworld-" + folder.getFileName(), ".yaml");
    try {
      Files.writeString(resolved, resolveDates(yaml, today));
      return new CorpusNamespace(
          folder.getFileName().toString(), Fixture.load(resolved).snapshot());
    } finally {
      Files.deleteIfExists(resolved);
    }
  }

  static String resolveDates(String yaml, LocalDate today) {
    Matcher m = RELATIVE_DATE.matcher(yaml);
    var out = new StringBuilder();
    while (m.find()) {
      long days = Long.parseLong(m.group(2));
      String value =
          switch (m.group(1)) {
            case "days-ago" ->
                today.minusDays(days).atTime(2, 0).atOffset(ZoneOffset.UTC).toInstant().toString();
            case "date-days-ago" -> today.minusDays(days).toString();
            default -> today.plusDays(days).toString();
          };
      m.appendReplacement(out, value);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
