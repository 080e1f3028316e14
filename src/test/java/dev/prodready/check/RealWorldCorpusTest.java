package dev.prodready.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.evaluation.Evaluator;
import dev.prodready.snapshot.NamespaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden verdicts: the whole catalog on namespaces shaped like what real clusters run
 * (src/test/resources/realworld/&lt;namespace&gt;/), against the state the checklist means for
 * every check (expected.md next to the manifests). Evaluated as the reconciler does: profile
 * excludes and priority overrides, exemptions and attestations, with "today" the day the test runs.
 * One test per namespace; each reports every mismatch, every catalog check the table does not name,
 * and every row naming a check the catalog does not have. All differences of a run are also written
 * to target/realworld-corpus-mismatches.txt.
 *
 * <p>The verdict comparison runs in every build ({@code mvn -B -o test -Dtest=RealWorldCorpusTest
 * -DskipApiServerTests=true} alone); the differences of a run are also written to
 * target/realworld-corpus-mismatches.txt. The table checks make a new catalog check without a row
 * in every table fail the build.
 */
class RealWorldCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/realworld");
  static final Path REPORT = Path.of("target/realworld-corpus-mismatches.txt");
  private static final CheckEngine ENGINE = Checks.engine();
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final List<String> ALL_PROBLEMS = new ArrayList<>();
  private static volatile boolean goldenRan;

  static List<Path> namespaces() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS)) {
      return folders.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void theCorpusHasAboutFifteenNamespacesEachWithATable() throws IOException {
    List<Path> folders = namespaces();
    assertTrue(folders.size() >= 12, "the corpus shrank to " + folders.size() + " namespaces");
    for (Path folder : folders) {
      assertTrue(
          Files.exists(folder.resolve(CorpusNamespace.EXPECTATIONS)),
          folder + " has no expected.md");
    }
  }

  @Test
  void everyTableNamesEveryCatalogCheckOnceWithAKnownStateAndAReason() throws IOException {
    var problems = new ArrayList<String>();
    for (Path folder : namespaces()) {
      problems.addAll(
          tableProblems(
              folder.getFileName().toString(),
              GoldenVerdicts.load(folder.resolve(CorpusNamespace.EXPECTATIONS))));
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @TestFactory
  Stream<DynamicTest> everyCheckGivesTheGoldenVerdict() throws IOException {
    goldenRan = true;
    return namespaces().stream()
        .map(
            folder ->
                DynamicTest.dynamicTest(
                    folder.getFileName().toString(),
                    () -> {
                      List<String> problems = problems(folder);
                      synchronized (ALL_PROBLEMS) {
                        ALL_PROBLEMS.addAll(problems);
                      }
                      assertTrue(
                          problems.isEmpty(),
                          () ->
                              problems.size()
                                  + " differences from the golden verdicts:\n"
                                  + String.join("\n", problems));
                    }));
  }

  @AfterAll
  static void writeReport() throws IOException {
    if (!goldenRan) {
      return;
    }
    Files.createDirectories(REPORT.getParent());
    Files.writeString(
        REPORT, ALL_PROBLEMS.size() + " differences\n" + String.join("\n", ALL_PROBLEMS) + "\n");
  }

  /** Every way the namespace's verdicts differ from its table, one line each. */
  static List<String> problems(Path folder) throws IOException {
    CorpusNamespace namespace = CorpusNamespace.load(folder, TODAY);
    assertFalse(
        namespace.snapshot().name().equals("fixture"), folder + " has no Namespace document");
    GoldenVerdicts golden = GoldenVerdicts.load(folder.resolve(CorpusNamespace.EXPECTATIONS));
    String ns = namespace.folder();
    var problems = new ArrayList<String>(tableProblems(ns, golden));
    for (CheckResult result : evaluate(namespace.snapshot())) {
      String id = result.info().id();
      GoldenVerdicts.Expected expected = golden.byCheck().get(id);
      if (expected != null && expected.state() != result.state()) {
        problems.add(
            ns
                + " | "
                + id
                + " | expected "
                + expected.state()
                + " | actual "
                + result.state()
                + " | "
                + result.message()
                + (result.offenders().isEmpty() ? "" : " " + result.offenders())
                + " | expected because: "
                + expected.reason());
      }
    }
    return problems;
  }

  /**
   * Rows that cannot be read, catalog checks without a row, and rows naming a check the catalog
   * does not have.
   */
  static List<String> tableProblems(String ns, GoldenVerdicts golden) {
    var problems = new ArrayList<String>();
    golden.problems().forEach(p -> problems.add(ns + ": table: " + p));
    Set<String> catalog = ENGINE.ids();
    catalog.stream()
        .filter(id -> !golden.byCheck().containsKey(id))
        .sorted()
        .forEach(
            id -> problems.add(ns + " | " + id + ": the catalog check has no row in expected.md"));
    golden.byCheck().keySet().stream()
        .filter(id -> !catalog.contains(id))
        .sorted()
        .forEach(
            id ->
                problems.add(
                    ns + " | " + id + ": expected.md names a check the catalog does not have"));
    return problems;
  }

  /** The reconciler's evaluation, through the same pipeline. */
  private static List<CheckResult> evaluate(NamespaceSnapshot snapshot) {
    return new Evaluator(ENGINE).evaluate(snapshot, snapshot.profile(), TODAY, 10).results();
  }
}
