package dev.prodready.kube;

import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;

/**
 * Velero Schedules as seen from one namespace. A Schedule (usually in the velero namespace) backs
 * up this namespace when it is not paused, its spec.template.includedNamespaces is empty (all
 * namespaces), contains "*" or this namespace, and spec.template.excludedNamespaces does not name
 * it. Glob patterns other than "*" are not interpreted.
 */
public final class Velero {

  public static final String SCHEDULE = "velero.io/Schedule";
  public static final String RESTORE = "velero.io/Restore";

  private Velero() {}

  public static boolean served(NamespaceSnapshot namespace) {
    return namespace.serves(SCHEDULE);
  }

  /** The Schedules, in any namespace, whose backups include this namespace. */
  public static List<GenericKubernetesResource> schedulesCovering(NamespaceSnapshot namespace) {
    return namespace.extra(SCHEDULE).orElse(List.of()).stream()
        .filter(s -> includes(s, namespace.name()))
        .toList();
  }

  /**
   * The Restores, in any namespace, that restore this namespace: spec.includedNamespaces empty
   * (all), "*" or naming it, and spec.excludedNamespaces not naming it (a drill into a scratch
   * namespace via namespaceMapping counts).
   */
  public static List<GenericKubernetesResource> restoresOf(NamespaceSnapshot namespace) {
    return namespace.extra(RESTORE).orElse(List.of()).stream()
        .filter(
            r -> {
              List<String> included = CustomResources.strings(r, "spec", "includedNamespaces");
              List<String> excluded = CustomResources.strings(r, "spec", "excludedNamespaces");
              String ns = namespace.name();
              return (included.isEmpty() || included.contains("*") || included.contains(ns))
                  && !excluded.contains(ns);
            })
        .toList();
  }

  static boolean includes(GenericKubernetesResource schedule, String namespace) {
    if (CustomResources.bool(schedule, "spec", "paused").orElse(false)) {
      return false;
    }
    List<String> included =
        CustomResources.strings(schedule, "spec", "template", "includedNamespaces");
    List<String> excluded =
        CustomResources.strings(schedule, "spec", "template", "excludedNamespaces");
    boolean in = included.isEmpty() || included.contains("*") || included.contains(namespace);
    return in && !excluded.contains(namespace);
  }

  /** Volumes are snapshotted unless the backup template sets snapshotVolumes: false. */
  public static boolean snapshotsVolumes(GenericKubernetesResource schedule) {
    return CustomResources.bool(schedule, "spec", "template", "snapshotVolumes").orElse(true);
  }

  /**
   * The retention the Schedule sets explicitly (spec.template.ttl, for example "720h0m0s"), or
   * blank.
   */
  public static String ttl(GenericKubernetesResource schedule) {
    return CustomResources.string(schedule, "spec", "template", "ttl").orElse("");
  }

  public static String describe(List<GenericKubernetesResource> schedules, String namespace) {
    return String.join(
        ", ", schedules.stream().map(s -> CustomResources.ref(s, namespace)).toList());
  }
}
