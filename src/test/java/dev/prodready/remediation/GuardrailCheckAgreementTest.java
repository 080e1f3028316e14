package dev.prodready.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.check.CheckEngine;
import dev.prodready.check.Checks;
import dev.prodready.check.Fixture;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.resources.PdbCoverageCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A guardrail stands down (Exists) exactly when its check passes, on every fixture of that check:
 * no namespace shows a failing check beside a guardrail that calls the object already present.
 */
class GuardrailCheckAgreementTest {

  private static final Path FIXTURES = Path.of("src/test/resources/checks");
  private static final CheckEngine ENGINE = Checks.engine();

  /** Every guardrail but the PDB one, which plans per workload (tested below). */
  static Stream<Arguments> namespaceFixtures() {
    return Remediator.guardrails().stream()
        .filter(g -> !(g instanceof PodDisruptionBudgetGuardrail))
        .flatMap(g -> fixturesOf(g).stream().map(f -> Arguments.of(g.check().id(), g, f)));
  }

  private static List<Path> fixturesOf(Guardrail guardrail) {
    try (Stream<Path> files = Files.list(FIXTURES.resolve(guardrail.check().id()))) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyGuardrailHasFixturesOfItsCheck() {
    for (Guardrail g : Remediator.guardrails()) {
      assertFalse(fixturesOf(g).isEmpty(), g.check().id());
    }
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("namespaceFixtures")
  void guardrailStandsDownExactlyWhenTheCheckPasses(String id, Guardrail guardrail, Path file)
      throws IOException {
    NamespaceSnapshot ns = Fixture.load(file).snapshot();
    Verdict verdict = ((NamespaceCheck) ENGINE.find(id).orElseThrow()).evaluate(ns);
    var plans = guardrail.plan(ns, new RemediationSpec(), GuardrailPlanTest.OWNER, List.of());
    boolean present = plans.stream().anyMatch(p -> p.decision() == Decision.Exists);
    assertEquals(
        verdict.outcome() == Verdict.Outcome.PASS,
        present,
        () -> file + ": check " + verdict + ", plans " + plans);
    plans.forEach(p -> assertEquals(id, p.check(), "a plan names its guardrail's check"));
  }

  static Stream<Path> pdbFixtures() {
    return fixturesOf(new PodDisruptionBudgetGuardrail()).stream();
  }

  /** Per workload: the PDB guardrail finds a PDB covering it exactly when pdb-coverage passes. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pdbFixtures")
  void pdbGuardrailFindsTheCoveringPdbExactlyWhenTheCheckPasses(Path file) throws IOException {
    NamespaceSnapshot ns = Fixture.load(file).snapshot();
    var check = new PdbCoverageCheck();
    var plans =
        new PodDisruptionBudgetGuardrail()
            .plan(ns, new RemediationSpec(), GuardrailPlanTest.OWNER, List.of());
    for (Workload w : ns.workloads()) {
      var judged = check.judge(w, ns);
      if (judged.isEmpty()) {
        continue;
      }
      Verdict verdict = judged.get();
      if (verdict.outcome() == Verdict.Outcome.NOT_APPLICABLE) {
        continue;
      }
      boolean present =
          plans.stream()
              .anyMatch(
                  p -> p.decision() == Decision.Exists && p.reason().startsWith(w.ref() + " "));
      assertEquals(
          verdict.outcome() == Verdict.Outcome.PASS,
          present,
          () -> file + " " + w.ref() + ": " + verdict + ", plans " + plans);
    }
  }
}
