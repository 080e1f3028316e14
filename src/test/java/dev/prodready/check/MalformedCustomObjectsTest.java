package dev.prodready.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.snapshot.NamespaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every check that reads an optional CRD, against objects of those CRDs malformed the way
 * hand-written YAML goes wrong (src/test/resources/malformed/objects.yaml: wrong types, missing
 * fields, numbers where text is expected, lists where maps are expected, null metadata), in a
 * namespace with ordinary workloads (workloads.yaml). No check may throw (an exception shows as
 * state Error) or print a field it could not read ("null", a map dumped as text); together the
 * objects give the verdict expected.md names for each check, with the reason a person would give.
 */
class MalformedCustomObjectsTest {

  static final Path DIR = Path.of("src/test/resources/malformed");
  private static final CheckEngine ENGINE = Checks.engine();

  static List<Check> readingOptionalCrds() {
    return ENGINE.catalog().stream()
        .filter(c -> !c.info().requiredCrds().isEmpty() || !c.info().optionalCrds().isEmpty())
        .toList();
  }

  @Test
  void theTableNamesExactlyTheChecksThatReadOptionalCrds() throws IOException {
    GoldenVerdicts table = GoldenVerdicts.load(DIR.resolve("expected.md"));
    assertTrue(table.problems().isEmpty(), () -> String.join("\n", table.problems()));
    Set<String> ids =
        readingOptionalCrds().stream().map(c -> c.info().id()).collect(Collectors.toSet());
    assertEquals(new TreeSet<>(ids), new TreeSet<>(table.byCheck().keySet()));
  }

  @Test
  void allObjectsTogetherGiveTheExpectedVerdicts() throws IOException {
    GoldenVerdicts table = GoldenVerdicts.load(DIR.resolve("expected.md"));
    NamespaceSnapshot namespace = snapshot(Files.readString(DIR.resolve("objects.yaml")));
    var problems = new ArrayList<String>();
    for (Check check : readingOptionalCrds()) {
      CheckResult result = ENGINE.evaluate(check, namespace, EvaluationPolicy.defaults(10));
      problems.addAll(unreadable(result));
      GoldenVerdicts.Expected expected = table.byCheck().get(check.info().id());
      if (expected != null && expected.state() != result.state()) {
        problems.add(
            check.info().id()
                + " | expected "
                + expected.state()
                + " | actual "
                + result.state()
                + " | "
                + result.message()
                + " "
                + result.offenders());
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @TestFactory
  Stream<DynamicTest> eachObjectAloneBreaksNoCheck() throws IOException {
    String[] documents = Files.readString(DIR.resolve("objects.yaml")).split("(?m)^---\\s*$");
    return Stream.of(documents)
        .filter(d -> d.contains("kind:"))
        .map(
            document ->
                DynamicTest.dynamicTest(
                    document.lines().filter(l -> l.startsWith("kind:")).findFirst().orElseThrow()
                        + " "
                        + document.lines().filter(l -> l.contains("name:")).findFirst().orElse(""),
                    () -> {
                      NamespaceSnapshot namespace = snapshot(document);
                      for (Check check : readingOptionalCrds()) {
                        CheckResult result =
                            ENGINE.evaluate(check, namespace, EvaluationPolicy.defaults(10));
                        assertNotEquals(CheckState.Error, result.state(), result::message);
                        List<String> unreadable = unreadable(result);
                        assertTrue(unreadable.isEmpty(), () -> String.join("\n", unreadable));
                      }
                    }));
  }

  /** The workloads, every optional CRD served, and the given objects. */
  private static NamespaceSnapshot snapshot(String objects) throws IOException {
    String served =
        CheckCatalog.optionalKinds(ENGINE.catalog()).stream()
            .filter(k -> !k.endsWith("/*"))
            .collect(Collectors.joining(", "));
    String yaml =
        "# served-crds: "
            + served
            + "\n"
            + Files.readString(DIR.resolve("workloads.yaml"))
            + "\n---\n"
            + objects;
    Path file = Files.createTempFile("malformed", ".yaml");
    try {
      Files.writeString(file, yaml);
      NamespaceSnapshot namespace = Fixture.load(file).snapshot();
      assertFalse(namespace.workloads().isEmpty(), "workloads.yaml was not read");
      return namespace;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Signs that a check printed a field it could not read. */
  private static List<String> unreadable(CheckResult result) {
    String id = result.info().id();
    return Stream.concat(Stream.of(result.message()), result.offenders().stream())
        .filter(text -> text.contains("null") || text.contains("{"))
        .map(text -> id + " printed an unread field: " + text)
        .toList();
  }
}
