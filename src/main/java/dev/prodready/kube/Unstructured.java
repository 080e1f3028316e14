package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirementBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads objects of CRDs Prodready has no model for (a GenericKubernetesResource, or a map inside
 * one, as returned by {@link #maps}). Paths are field names ("spec", "template", "ttl").
 *
 * <p>One convention: a field that is absent, null or of an unexpected type reads as the zero value
 * a Go controller sees for an unset field, never as null and never as an exception: "" for text, an
 * empty list or map, false for {@link #isTrue} and {@link #isFalse}. A scalar where text is
 * expected reads as text ({@code name: 12345} is the name "12345", {@code port: 8080} the port
 * "8080"), because hand-written YAML leaves such values unquoted; a single element where a list is
 * expected reads as a list of that element ({@code includedNamespaces: shop} as [shop]), and a list
 * element that cannot be read as text reads as "", so that a mistyped restriction never reads as
 * the empty list, which often means "no restriction". Two reads keep null, because there absent
 * differs from empty: {@link #value} (the raw node, see also {@link #has}) and {@link #selector} (a
 * null selector matches nothing, an empty one everything).
 */
public final class Unstructured {

  private Unstructured() {}

  /** The raw node at the path, or null. The root is a GenericKubernetesResource or a Map. */
  public static Object value(Object root, String... path) {
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

  /** Whether the path holds a value (of any type, an empty map or list included). */
  public static boolean has(Object root, String... path) {
    return value(root, path) != null;
  }

  /** A scalar (text, number or boolean) as text; "" when absent or not a scalar. */
  public static String string(Object root, String... path) {
    return scalar(value(root, path));
  }

  /**
   * The elements of a list as text; an element that is not a scalar reads as "" (it names nothing,
   * and the list is not empty). Empty only when absent.
   */
  public static List<String> strings(Object root, String... path) {
    return elements(value(root, path)).stream().map(Unstructured::scalar).toList();
  }

  /** A map; empty when absent or not a map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object root, String... path) {
    return value(root, path) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** The elements of a list that are maps, to read further; empty when absent. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> maps(Object root, String... path) {
    return elements(value(root, path)).stream()
        .filter(Map.class::isInstance)
        .map(e -> (Map<String, Object>) e)
        .toList();
  }

  /** A map of scalars as text (labels, a Service-style selector); other entries are left out. */
  public static Map<String, String> stringMap(Object root, String... path) {
    var result = new LinkedHashMap<String, String>();
    map(root, path)
        .forEach(
            (key, v) -> {
              if (isScalar(v)) {
                result.put(key, String.valueOf(v));
              }
            });
    return result;
  }

  /** Whether the field is true: the boolean true, or the text "true" as hand-written YAML has. */
  public static boolean isTrue(Object root, String... path) {
    Object v = value(root, path);
    return Boolean.TRUE.equals(v) || v instanceof String s && s.equalsIgnoreCase("true");
  }

  /** Whether the field is explicitly false (for fields whose default is true). */
  public static boolean isFalse(Object root, String... path) {
    Object v = value(root, path);
    return Boolean.FALSE.equals(v) || v instanceof String s && s.equalsIgnoreCase("false");
  }

  /**
   * A metav1.LabelSelector (matchLabels, matchExpressions), or null (which matches nothing) when
   * absent or malformed: not a map, matchLabels not a map, an expression not a map. A malformed
   * selector must not read as the empty selector, which matches everything.
   */
  public static LabelSelector selector(Object root, String... path) {
    if (!(value(root, path) instanceof Map<?, ?> raw)
        || raw.get("matchLabels") != null && !(raw.get("matchLabels") instanceof Map<?, ?>)
        || !elements(raw.get("matchExpressions")).stream().allMatch(Map.class::isInstance)) {
      return null;
    }
    var expressions =
        maps(raw, "matchExpressions").stream()
            .map(
                e ->
                    new LabelSelectorRequirementBuilder()
                        .withKey(string(e, "key"))
                        .withOperator(string(e, "operator"))
                        .withValues(strings(e, "values"))
                        .build())
            .toList();
    return new LabelSelectorBuilder()
        .withMatchLabels(stringMap(raw, "matchLabels"))
        .withMatchExpressions(expressions)
        .build();
  }

  /** metadata.name, or "" when the object has no metadata or no name. */
  public static String name(HasMetadata object) {
    return object.getMetadata() == null || object.getMetadata().getName() == null
        ? ""
        : object.getMetadata().getName();
  }

  /** metadata.namespace, or "" for a cluster-scoped object or one without metadata. */
  public static String namespace(HasMetadata object) {
    return object.getMetadata() == null || object.getMetadata().getNamespace() == null
        ? ""
        : object.getMetadata().getNamespace();
  }

  private static List<?> elements(Object v) {
    return v instanceof List<?> list ? list : v == null ? List.of() : List.of(v);
  }

  private static String scalar(Object v) {
    return isScalar(v) ? String.valueOf(v) : "";
  }

  private static boolean isScalar(Object v) {
    return v instanceof String || v instanceof Number || v instanceof Boolean;
  }
}
