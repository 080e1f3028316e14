package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirementBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Null-safe reads of objects of CRDs Prodready has no model for (GenericKubernetesResource, or the
 * maps inside one). A missing field, or a field of an unexpected type, reads as absent: a malformed
 * custom object never makes a check throw.
 */
public final class Unstructured {

  private Unstructured() {}

  /** The value at the path, or null. The root is a GenericKubernetesResource or a Map. */
  public static Object get(Object root, String... path) {
    Object current =
        root instanceof GenericKubernetesResource r ? r.getAdditionalProperties() : root;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> m)) {
        return null;
      }
      current = m.get(key);
    }
    return current;
  }

  /** A scalar as text (numbers and booleans too), or null when absent or not a scalar. */
  public static String string(Object root, String... path) {
    Object value = get(root, path);
    return value instanceof String || value instanceof Number || value instanceof Boolean
        ? String.valueOf(value)
        : null;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object root, String... path) {
    return get(root, path) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** The elements of a list that are objects; empty when absent. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> maps(Object root, String... path) {
    return get(root, path) instanceof List<?> l
        ? l.stream().filter(Map.class::isInstance).map(e -> (Map<String, Object>) e).toList()
        : List.of();
  }

  /** The scalar elements of a list as text; empty when absent. */
  public static List<String> strings(Object root, String... path) {
    return get(root, path) instanceof List<?> l
        ? l.stream()
            .filter(e -> e instanceof String || e instanceof Number)
            .map(String::valueOf)
            .toList()
        : List.of();
  }

  /** A map of scalars as text (labels, a Service-style selector); empty when absent. */
  public static Map<String, String> stringMap(Object root, String... path) {
    var result = new LinkedHashMap<String, String>();
    map(root, path)
        .forEach(
            (k, v) -> {
              if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                result.put(k, String.valueOf(v));
              }
            });
    return result;
  }

  /**
   * A metav1.LabelSelector (matchLabels, matchExpressions), or null when absent (which matches
   * nothing).
   */
  public static LabelSelector selector(Object root, String... path) {
    if (!(get(root, path) instanceof Map<?, ?> raw)) {
      return null;
    }
    var expressions =
        maps(raw, "matchExpressions").stream()
            .map(
                e ->
                    new LabelSelectorRequirementBuilder()
                        .withKey(Objects.requireNonNullElse(string(e, "key"), ""))
                        .withOperator(Objects.requireNonNullElse(string(e, "operator"), ""))
                        .withValues(strings(e, "values"))
                        .build())
            .toList();
    return new LabelSelectorBuilder()
        .withMatchLabels(stringMap(raw, "matchLabels"))
        .withMatchExpressions(expressions)
        .build();
  }
}
