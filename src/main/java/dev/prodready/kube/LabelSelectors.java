package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes label-selector semantics (matchLabels AND matchExpressions), for matching without an
 * API call.
 */
public final class LabelSelectors {

  private LabelSelectors() {}

  /** A null selector matches nothing (as for PDBs and NetworkPolicies), an empty one everything. */
  public static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector == null) {
      return false;
    }
    if (selector.getMatchLabels() != null) {
      for (var e : selector.getMatchLabels().entrySet()) {
        if (!e.getValue().equals(labels.get(e.getKey()))) {
          return false;
        }
      }
    }
    if (selector.getMatchExpressions() != null) {
      for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
        if (!matches(r, labels)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A Service selects the pods when its (map) selector is non-empty and every entry is among the
   * pod labels.
   */
  public static boolean selects(Service service, Map<String, String> podLabels) {
    Map<String, String> selector =
        service.getSpec() == null ? null : service.getSpec().getSelector();
    return selector != null
        && !selector.isEmpty()
        && selector.entrySet().stream()
            .allMatch(e -> e.getValue() != null && e.getValue().equals(podLabels.get(e.getKey())));
  }

  public static boolean isEmpty(LabelSelector selector) {
    return selector != null
        && (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
        && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
  }

  private static boolean matches(LabelSelectorRequirement r, Map<String, String> labels) {
    String value = labels.get(r.getKey());
    List<String> values = r.getValues() == null ? List.of() : r.getValues();
    return switch (r.getOperator()) {
      case "In" -> value != null && values.contains(value);
      case "NotIn" -> value == null || !values.contains(value);
      case "Exists" -> labels.containsKey(r.getKey());
      case "DoesNotExist" -> !labels.containsKey(r.getKey());
      default -> false;
    };
  }

  /**
   * Problems that make the selector invalid (the API server would reject it on a built-in object).
   */
  public static List<String> problems(LabelSelector selector, String field) {
    var problems = new ArrayList<String>();
    if (selector == null) {
      return problems;
    }
    if (selector.getMatchLabels() != null) {
      selector
          .getMatchLabels()
          .forEach(
              (key, value) -> {
                LabelSyntax.keyProblem(key)
                    .ifPresent(p -> problems.add(field + ".matchLabels: key " + p));
                LabelSyntax.valueProblem(value)
                    .ifPresent(p -> problems.add(field + ".matchLabels[" + key + "]: value " + p));
              });
    }
    if (selector.getMatchExpressions() == null) {
      return problems;
    }
    for (int i = 0; i < selector.getMatchExpressions().size(); i++) {
      var r = selector.getMatchExpressions().get(i);
      String at = field + ".matchExpressions[" + i + "]";
      int values = r.getValues() == null ? 0 : r.getValues().size();
      String op = r.getOperator();
      if (r.getKey() == null || r.getKey().isBlank()) {
        problems.add(at + ".key must be set");
      } else {
        LabelSyntax.keyProblem(r.getKey()).ifPresent(p -> problems.add(at + ".key " + p));
      }
      for (int j = 0; j < values; j++) {
        String at2 = at + ".values[" + j + "]";
        LabelSyntax.valueProblem(r.getValues().get(j)).ifPresent(p -> problems.add(at2 + " " + p));
      }
      if ("In".equals(op) || "NotIn".equals(op)) {
        if (values == 0) {
          problems.add(at + ".values must be non-empty when operator is " + op);
        }
      } else if ("Exists".equals(op) || "DoesNotExist".equals(op)) {
        if (values > 0) {
          problems.add(at + ".values must be empty when operator is " + op);
        }
      } else {
        problems.add(
            at + ".operator must be one of In, NotIn, Exists, DoesNotExist (got " + op + ")");
      }
    }
    return problems;
  }
}
