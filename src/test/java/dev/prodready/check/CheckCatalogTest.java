package dev.prodready.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalog's guard rails: fixtures for every check, no orphan fixtures, docs/checks.md in sync.
 */
class CheckCatalogTest {

  static final Path DOC = Path.of("docs/checks.md");
  private final List<Check> catalog = Checks.engine().catalog();

  /**
   * Checks that read optional CRDs yet never answer NotApplicable or Manual, with the fixture that
   * pins what they answer when no CRD of theirs is served.
   */
  private static final Map<String, String> DECIDED_WITHOUT_THEIR_CRDS =
      Map.of(
          // An admission policy engine is the requirement itself: without one the namespace fails.
          "admission-policies", "fail-no-policy-engine.yaml");

  @Test
  void everyAutomatedCheckHasPassAndFailFixtures() throws IOException {
    var missing = new ArrayList<String>();
    for (Check check : catalog.stream().filter(c -> !(c instanceof AttestedCheck)).toList()) {
      Set<String> kinds = fixtureKinds(check.info().id());
      for (String required : List.of("pass", "fail")) {
        if (!kinds.contains(required)) {
          missing.add(check.info().id() + " has no " + required + "-*.yaml fixture");
        }
      }
      boolean readsOptionalCrds =
          !check.info().requiredCrds().isEmpty() || !check.info().optionalCrds().isEmpty();
      String decidedWithout = DECIDED_WITHOUT_THEIR_CRDS.get(check.info().id());
      if (decidedWithout != null) {
        if (!Files.exists(
            CheckFixturesTest.FIXTURES.resolve(check.info().id()).resolve(decidedWithout))) {
          missing.add(check.info().id() + " has no " + decidedWithout);
        }
      } else if (readsOptionalCrds && !kinds.contains("na") && !kinds.contains("manual")) {
        missing.add(
            check.info().id()
                + " reads an optional CRD but has no na-*.yaml or manual-*.yaml fixture");
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyFixtureFolderBelongsToACheck() throws IOException {
    Set<String> ids = catalog.stream().map(c -> c.info().id()).collect(Collectors.toSet());
    try (Stream<Path> dirs = Files.list(CheckFixturesTest.FIXTURES)) {
      var orphans =
          dirs.map(d -> d.getFileName().toString()).filter(d -> !ids.contains(d)).sorted().toList();
      assertEquals(List.of(), orphans, "fixture folders without a check");
    }
  }

  @Test
  void checksAreNamedAfterTheirClassAndDescribed() {
    for (Check check : catalog) {
      var info = check.info();
      assertTrue(
          check.getClass().getSimpleName().endsWith("Check"),
          check.getClass() + " should end in Check");
      assertTrue(!(check instanceof AttestedCheck) || info.attestable(), info.id());
      assertTrue(
          !info.title().isBlank() && !info.why().isBlank() && !info.hint().isBlank(), info.id());
    }
  }

  @Test
  void everyCheckStatesItsEvidenceAndWhenItAnswersManual() {
    var undocumented =
        catalog.stream().filter(c -> c.evidence().isBlank()).map(c -> c.info().id()).toList();
    assertEquals(List.of(), undocumented, "checks without evidence() for docs/checks.md");
  }

  @Test
  void checksDocumentIsGeneratedFromTheCatalog() throws IOException {
    String generated = CatalogMarkdown.render(catalog);
    if (Boolean.getBoolean("updateDocs")) {
      Files.writeString(DOC, generated);
    }
    assertEquals(
        generated,
        Files.exists(DOC) ? Files.readString(DOC) : "",
        DOC + " is out of date: run `make docs` and commit the result");
  }

  private static Set<String> fixtureKinds(String id) throws IOException {
    Path dir = CheckFixturesTest.FIXTURES.resolve(id);
    if (!Files.isDirectory(dir)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString().split("-")[0])
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
