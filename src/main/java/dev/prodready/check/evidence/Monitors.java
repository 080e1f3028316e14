package dev.prodready.check.evidence;

import dev.prodready.kube.LabelSelectors;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prometheus Operator scrape configuration: which ServiceMonitor or PodMonitor scrapes a workload's
 * pods. A monitor watches its own namespace unless {@code spec.namespaceSelector} says {@code any:
 * true} or lists {@code matchNames}. A PodMonitor covers the pods its {@code spec.selector}
 * matches; a ServiceMonitor covers the pods behind every Service its {@code spec.selector} matches
 * (the Service's own selector must match the pod labels). The endpoint ports of the monitor are not
 * compared with the Service's ports.
 */
public final class Monitors {

  public static final Set<OptionalCrd> CRDS =
      Set.of(OptionalCrd.SERVICE_MONITOR, OptionalCrd.POD_MONITOR);

  private Monitors() {}

  /** Whether either monitor CRD is served, i.e. whether monitors can exist at all. */
  public static boolean served(NamespaceSnapshot namespace) {
    return CRDS.stream().anyMatch(namespace::serves);
  }

  /**
   * The monitor scraping the workload, described as "servicemonitor/ns/name via service/x" or
   * "podmonitor/ns/name".
   */
  public static Optional<String> covering(Workload workload, NamespaceSnapshot namespace) {
    Map<String, String> pods = workload.podLabels();
    for (GenericKubernetesResource monitor : watching(namespace, OptionalCrd.POD_MONITOR)) {
      if (LabelSelectors.matches(Unstructured.selector(monitor, "spec", "selector"), pods)) {
        return Optional.of(qualified("podmonitor", monitor));
      }
    }
    for (GenericKubernetesResource monitor : watching(namespace, OptionalCrd.SERVICE_MONITOR)) {
      var selector = Unstructured.selector(monitor, "spec", "selector");
      Optional<Service> service =
          namespace.services().stream()
              .filter(
                  s ->
                      LabelSelectors.matches(selector, labels(s))
                          && LabelSelectors.selects(s, pods))
              .findFirst();
      if (service.isPresent()) {
        return Optional.of(
            qualified("servicemonitor", monitor)
                + " via "
                + ObjectRefs.of("service", service.get().getMetadata().getName()));
      }
    }
    return Optional.empty();
  }

  /** Monitors of one kind, from any namespace, whose namespaceSelector includes this namespace. */
  static List<GenericKubernetesResource> watching(NamespaceSnapshot namespace, OptionalCrd crd) {
    return namespace.extra(crd).orElse(List.of()).stream()
        .filter(m -> watches(m, namespace.name()))
        .toList();
  }

  static boolean watches(GenericKubernetesResource monitor, String namespace) {
    if (Unstructured.isTrue(monitor, "spec", "namespaceSelector", "any")) {
      return true;
    }
    List<String> names = Unstructured.strings(monitor, "spec", "namespaceSelector", "matchNames");
    return names.isEmpty()
        ? namespace.equals(Unstructured.namespace(monitor))
        : names.contains(namespace);
  }

  private static Map<String, String> labels(Service service) {
    return service.getMetadata().getLabels() == null ? Map.of() : service.getMetadata().getLabels();
  }

  private static String qualified(String kind, GenericKubernetesResource monitor) {
    return ObjectRefs.of(kind, Unstructured.namespace(monitor), Unstructured.name(monitor));
  }
}
