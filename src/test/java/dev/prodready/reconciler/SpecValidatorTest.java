package dev.prodready.reconciler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.Exemption;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.check.Checks;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Label keys and values the API server would refuse on any object are InvalidSpec, naming the
 * field.
 */
class SpecValidatorTest {

  private final SpecValidator validator = new SpecValidator(Checks.engine());

  private List<String> problemsOf(LabelSelector selector) {
    var spec = new ReadinessProfileSpec();
    spec.setWorkloadSelector(selector);
    return validator.problems(spec);
  }

  @Test
  void validSelectorsHaveNoProblems() {
    assertEquals(
        List.of(),
        problemsOf(
            new LabelSelectorBuilder()
                .withMatchLabels(
                    Map.of("app.kubernetes.io/name", "shop", "tier", "", "a_b.c-d", "v1.2_3-x"))
                .addNewMatchExpression()
                .withKey("example.com/team")
                .withOperator("In")
                .withValues("payments", "")
                .endMatchExpression()
                .build()));
  }

  @Test
  void anInvalidMatchLabelsKeyIsReported() {
    List<String> problems =
        problemsOf(new LabelSelectorBuilder().withMatchLabels(Map.of("has space", "x")).build());
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .startsWith(
                "spec.workloadSelector.matchLabels: key 'has space' is not a valid label key"),
        problems.get(0));
  }

  @Test
  void anInvalidPrefixAndATooLongNameAreReported() {
    assertTrue(
        problemsOf(
                new LabelSelectorBuilder().withMatchLabels(Map.of("Example.COM/app", "x")).build())
            .get(0)
            .contains("invalid prefix"));
    assertTrue(
        problemsOf(new LabelSelectorBuilder().withMatchLabels(Map.of("a".repeat(64), "x")).build())
            .get(0)
            .contains("1 to 63"));
    assertEquals(
        1,
        problemsOf(new LabelSelectorBuilder().withMatchLabels(Map.of("/app", "x")).build()).size());
  }

  @Test
  void anInvalidMatchLabelsValueIsReported() {
    List<String> problems =
        problemsOf(new LabelSelectorBuilder().withMatchLabels(Map.of("app", "-shop")).build());
    assertEquals(
        List.of(
            "spec.workloadSelector.matchLabels[app]: value '-shop' is not a valid label value: at most 63 "
                + "alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric"),
        problems);
  }

  @Test
  void invalidMatchExpressionKeysAndValuesAreReported() {
    List<String> problems =
        problemsOf(
            new LabelSelectorBuilder()
                .addNewMatchExpression()
                .withKey("bad key")
                .withOperator("Exists")
                .endMatchExpression()
                .addNewMatchExpression()
                .withKey("app")
                .withOperator("In")
                .withValues("ok", "not ok")
                .endMatchExpression()
                .build());
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .startsWith("spec.workloadSelector.matchExpressions[0].key 'bad key' is not a valid"),
        problems.get(0));
    assertTrue(
        problems
            .get(1)
            .startsWith(
                "spec.workloadSelector.matchExpressions[1].values[1] 'not ok' is not a valid "
                    + "label value"),
        problems.get(1));
  }

  @Test
  void exemptionSelectorsAreCheckedTheSameWay() {
    var spec = new ReadinessProfileSpec();
    var exemption = new Exemption();
    exemption.setChecks(List.of("liveness-probe"));
    exemption.setReason("r");
    exemption.setExpires("2027-01-01");
    exemption.setWorkloadSelector(
        new LabelSelectorBuilder().withMatchLabels(Map.of("app", "a b")).build());
    spec.setExemptions(List.of(exemption));
    List<String> problems = validator.problems(spec);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .startsWith("spec.exemptions[0].workloadSelector.matchLabels[app]: value 'a b'"));
  }
}
