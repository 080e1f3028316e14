package dev.prodready.kube;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, Optional-returning reads from objects of optional CRDs, on top of {@link Unstructured}'s
 * path walk: a missing field, or one of an unexpected type, reads as absent instead of throwing.
 * Paths are field names ("spec", "name").
 */
public final class CustomResources {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CustomResources() {}

  /** The value at the path below the object's top-level fields, or null. */
  public static Object value(GenericKubernetesResource r, String... path) {
    return Unstructured.get(r, path);
  }

  /**
   * The value at the path below a map node (an element of a list read with {@link #maps}), or null.
   */
  public static Object at(Object node, String... path) {
    return Unstructured.get(node, path);
  }

  public static Optional<String> string(GenericKubernetesResource r, String... path) {
    return value(r, path) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * A boolean field; also accepts the strings "true"/"false", as hand-written YAML sometimes has.
   */
  public static Optional<Boolean> bool(GenericKubernetesResource r, String... path) {
    Object v = value(r, path);
    if (v instanceof Boolean b) {
      return Optional.of(b);
    }
    return v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))
        ? Optional.of(Boolean.parseBoolean(s))
        : Optional.empty();
  }

  /** The string elements of a list field (empty when absent). */
  public static List<String> strings(GenericKubernetesResource r, String... path) {
    return value(r, path) instanceof List<?> list
        ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
        : List.of();
  }

  /** The map elements of a list field (empty when absent), to read further with {@link #at}. */
  public static List<Map<String, Object>> maps(GenericKubernetesResource r, String... path) {
    return Unstructured.maps(r, path);
  }

  /** A label selector field, or empty when absent or malformed. */
  public static Optional<LabelSelector> selector(GenericKubernetesResource r, String... path) {
    Object v = value(r, path);
    if (!(v instanceof Map<?, ?>)) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.convertValue(v, LabelSelector.class));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static String name(GenericKubernetesResource r) {
    return r.getMetadata() == null ? "" : r.getMetadata().getName();
  }

  /**
   * "kind/name", or "kind/namespace/name" for an object in another namespace than the one
   * evaluated.
   */
  public static String ref(GenericKubernetesResource r, String evaluatedNamespace) {
    String ns = r.getMetadata() == null ? null : r.getMetadata().getNamespace();
    String kind = r.getKind() == null ? "object" : r.getKind();
    return ns == null || ns.equals(evaluatedNamespace)
        ? kind + "/" + name(r)
        : kind + "/" + ns + "/" + name(r);
  }
}
