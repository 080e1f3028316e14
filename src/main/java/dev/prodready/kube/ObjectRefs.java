package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * References to objects in kubectl's "kind/name" form, as check messages, offender lists and
 * exemptions write them ("deployment/api", "namespace/shop", "Schedule/velero/nightly").
 */
public final class ObjectRefs {

  private ObjectRefs() {}

  /** "kind/name"; built-in kinds are written in lower case ("deployment/api"). */
  public static String of(String kind, String name) {
    return kind + "/" + name;
  }

  /** "namespace/name": a finding about the namespace as a whole. */
  public static String namespace(String name) {
    return of("namespace", name);
  }

  /** "kind/namespace/name", for an object outside the namespace evaluated. */
  public static String of(String kind, String namespace, String name) {
    return kind + "/" + namespace + "/" + name;
  }

  /**
   * "Kind/name", or "Kind/namespace/name" for an object in another namespace than the one evaluated
   * (objects of optional CRDs, whose kind is written as the object has it).
   */
  public static String of(HasMetadata object, String evaluatedNamespace) {
    String kind = object.getKind() == null ? "object" : object.getKind();
    String namespace = Unstructured.namespace(object);
    return namespace.isEmpty() || namespace.equals(evaluatedNamespace)
        ? of(kind, Unstructured.name(object))
        : of(kind, namespace, Unstructured.name(object));
  }
}
