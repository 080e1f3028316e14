package dev.prodready.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.CheckState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check against its fixtures in src/test/resources/checks/<id>/{pass,fail,na,manual}-*.yaml.
 */
class CheckFixturesTest {

  static final Path FIXTURES = Path.of("src/test/resources/checks");
  private static final CheckEngine ENGINE = Checks.engine();

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void checkGivesTheOutcomeTheFixtureNames(Path file) throws IOException {
    Fixture fixture = Fixture.load(file);
    Check check =
        ENGINE
            .find(fixture.checkId())
            .orElseThrow(
                () -> new AssertionError("no check with id " + fixture.checkId() + " for " + file));
    CheckResult result = ENGINE.evaluate(check, fixture.snapshot(), EvaluationPolicy.defaults(10));

    CheckState expected =
        switch (fixture.expectedOutcome()) {
          case "pass" -> CheckState.Pass;
          case "fail" -> CheckState.Fail;
          case "na" -> CheckState.NotApplicable;
          case "manual" -> CheckState.Manual;
          default ->
              throw new AssertionError(
                  "fixture name must start with pass-, fail-, na- or manual-: " + file);
        };
    assertEquals(
        expected, result.state(), () -> file + ": " + result.message() + " " + result.offenders());
    String seen = result.message() + "\n" + String.join("\n", result.offenders());
    for (String expectation : fixture.expectations()) {
      assertTrue(
          seen.contains(expectation), () -> file + ": expected '" + expectation + "' in:\n" + seen);
    }
  }
}
