package dev.prodready.check.evidence;

import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;

/**
 * Velero Schedules as seen from one namespace. A Schedule (usually in the velero namespace) backs
 * up this namespace when it is not paused, its spec.template.includedNamespaces is empty (all
 * namespaces), contains "*" or this namespace, and spec.template.excludedNamespaces does not name
 * it. Glob patterns other than "*" are not interpreted.
 */
public final class Velero {

  private Velero() {}

  public static boolean served(NamespaceSnapshot namespace) {
    return namespace.serves(OptionalCrd.VELERO_SCHEDULE);
  }

  /** The Schedules, in any namespace, whose backups include this namespace. */
  public static List<GenericKubernetesResource> schedulesCovering(NamespaceSnapshot namespace) {
    return namespace.extra(OptionalCrd.VELERO_SCHEDULE).orElse(List.of()).stream()
        .filter(s -> includes(s, namespace.name()))
        .toList();
  }

  /**
   * The Restores, in any namespace, that restore this namespace: spec.includedNamespaces empty
   * (all), "*" or naming it, and spec.excludedNamespaces not naming it (a drill into a scratch
   * namespace via namespaceMapping counts).
   */
  public static List<GenericKubernetesResource> restoresOf(NamespaceSnapshot namespace) {
    return namespace.extra(OptionalCrd.VELERO_RESTORE).orElse(List.of()).stream()
        .filter(
            r -> {
              List<String> included = Unstructured.strings(r, "spec", "includedNamespaces");
              List<String> excluded = Unstructured.strings(r, "spec", "excludedNamespaces");
              String ns = namespace.name();
              return (included.isEmpty() || included.contains("*") || included.contains(ns))
                  && !excluded.contains(ns);
            })
        .toList();
  }

  static boolean includes(GenericKubernetesResource schedule, String namespace) {
    // spec.template (the backup to take) is required; without one readable, nothing is backed up.
    if (Unstructured.isTrue(schedule, "spec", "paused")
        || !(Unstructured.value(schedule, "spec", "template") instanceof Map<?, ?>)) {
      return false;
    }
    List<String> included =
        Unstructured.strings(schedule, "spec", "template", "includedNamespaces");
    List<String> excluded =
        Unstructured.strings(schedule, "spec", "template", "excludedNamespaces");
    boolean in = included.isEmpty() || included.contains("*") || included.contains(namespace);
    return in && !excluded.contains(namespace);
  }

  /** Volumes are snapshotted unless the backup template sets snapshotVolumes: false. */
  public static boolean snapshotsVolumes(GenericKubernetesResource schedule) {
    return !Unstructured.isFalse(schedule, "spec", "template", "snapshotVolumes");
  }

  /**
   * The retention the Schedule sets explicitly (spec.template.ttl, for example "720h0m0s"), or
   * blank.
   */
  public static String ttl(GenericKubernetesResource schedule) {
    return Unstructured.string(schedule, "spec", "template", "ttl");
  }

  public static String describe(List<GenericKubernetesResource> schedules, String namespace) {
    return String.join(", ", schedules.stream().map(s -> ObjectRefs.of(s, namespace)).toList());
  }
}
