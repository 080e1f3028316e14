package dev.prodready.check.evidence;

import dev.prodready.kube.LabelSelectors;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which container ports receive traffic that is load-balanced to the pod, so that a terminating pod
 * must wait to be taken out of rotation: a port a Service selecting the pod targets (targetPort by
 * number or name, the port number when unset), or a hostPort (reached on the node, without a
 * Service). Ports only probes reach, and ports no Service targets, get none. A Service port whose
 * container port a Prometheus Operator monitor scrapes (a PodMonitor's podMetricsEndpoints port, or
 * a ServiceMonitor's endpoint naming that Service port) carries metrics scrapes, not user traffic:
 * a failed scrape of a terminating pod costs nothing. Except when the container's readiness probe
 * checks that same port: readiness gates load-balancer membership, so that port is the app's
 * serving port whose /metrics is scraped on the side (an app serving requests and metrics on one
 * port). Services without a selector (hand-made Endpoints) are not followed.
 */
public final class ServiceTraffic {

  private ServiceTraffic() {}

  /**
   * The containers of the workload with a port that receives load-balanced traffic, in declaration
   * order.
   */
  public static List<Container> servingContainers(Workload workload, NamespaceSnapshot namespace) {
    Map<String, String> pods = workload.podLabels();
    List<Service> services =
        namespace.services().stream().filter(s -> LabelSelectors.selects(s, pods)).toList();
    Set<String> scrapedPodPorts = podMonitorPorts(workload, namespace);
    var serving = new ArrayList<Container>();
    for (Container c : workload.containers()) {
      List<ContainerPort> ports = c.getPorts() == null ? List.of() : c.getPorts();
      boolean hostPort =
          ports.stream().anyMatch(p -> p.getHostPort() != null && p.getHostPort() > 0);
      boolean routed =
          services.stream()
              .anyMatch(
                  s ->
                      servicePorts(s).stream()
                          .anyMatch(
                              sp ->
                                  ports.stream()
                                      .filter(p -> targets(sp, p))
                                      .anyMatch(
                                          p ->
                                              readinessChecks(c, p)
                                                  || !scraped(p, scrapedPodPorts)
                                                      && !scrapedByServiceMonitor(
                                                          s, sp, namespace))));
      if (hostPort || routed) {
        serving.add(c);
      }
    }
    return serving;
  }

  /**
   * Whether the container's readiness probe (httpGet, tcpSocket or grpc) checks the port, by number
   * or name.
   */
  static boolean readinessChecks(Container container, ContainerPort port) {
    var probe = container.getReadinessProbe();
    if (probe == null) {
      return false;
    }
    IntOrString probed =
        probe.getHttpGet() != null
            ? probe.getHttpGet().getPort()
            : probe.getTcpSocket() != null ? probe.getTcpSocket().getPort() : null;
    if (probed == null) {
      return probe.getGrpc() != null
          && Objects.equals(probe.getGrpc().getPort(), port.getContainerPort());
    }
    return probed.getIntVal() != null
        ? probed.getIntVal().equals(port.getContainerPort())
        : probed.getStrVal() != null
            && (probed.getStrVal().equals(port.getName())
                || probed.getStrVal().equals(String.valueOf(port.getContainerPort())));
  }

  private static List<ServicePort> servicePorts(Service service) {
    return service.getSpec() == null || service.getSpec().getPorts() == null
        ? List.of()
        : service.getSpec().getPorts();
  }

  /** Whether the Service port sends its traffic to the container port. */
  static boolean targets(ServicePort servicePort, ContainerPort port) {
    IntOrString target = servicePort.getTargetPort();
    if (target == null || target.getIntVal() == null && target.getStrVal() == null) {
      return Objects.equals(servicePort.getPort(), port.getContainerPort());
    }
    if (target.getIntVal() != null) {
      return target.getIntVal().equals(port.getContainerPort());
    }
    String value = target.getStrVal();
    return value.equals(port.getName()) || value.equals(String.valueOf(port.getContainerPort()));
  }

  private static boolean scraped(ContainerPort port, Set<String> scrapedPodPorts) {
    return port.getName() != null && scrapedPodPorts.contains(port.getName())
        || scrapedPodPorts.contains(String.valueOf(port.getContainerPort()));
  }

  /** Port names (and numbers) of the pod that PodMonitors selecting it scrape. */
  private static Set<String> podMonitorPorts(Workload workload, NamespaceSnapshot namespace) {
    return Monitors.watching(namespace, OptionalCrd.POD_MONITOR).stream()
        .filter(
            m ->
                LabelSelectors.matches(
                    Unstructured.selector(m, "spec", "selector"), workload.podLabels()))
        .flatMap(m -> Unstructured.maps(m, "spec", "podMetricsEndpoints").stream())
        .flatMap(
            e ->
                Stream.of(
                    Unstructured.string(e, "port"),
                    Unstructured.string(e, "portNumber"),
                    Unstructured.string(e, "targetPort")))
        .filter(p -> !p.isEmpty())
        .collect(Collectors.toSet());
  }

  /**
   * Whether a ServiceMonitor selecting the Service scrapes this Service port (its endpoint names
   * the port).
   */
  private static boolean scrapedByServiceMonitor(
      Service service, ServicePort port, NamespaceSnapshot namespace) {
    Map<String, String> labels =
        service.getMetadata().getLabels() == null ? Map.of() : service.getMetadata().getLabels();
    for (GenericKubernetesResource monitor :
        Monitors.watching(namespace, OptionalCrd.SERVICE_MONITOR)) {
      if (!LabelSelectors.matches(Unstructured.selector(monitor, "spec", "selector"), labels)) {
        continue;
      }
      for (Map<String, Object> endpoint : Unstructured.maps(monitor, "spec", "endpoints")) {
        String name = Unstructured.string(endpoint, "port");
        String target = Unstructured.string(endpoint, "targetPort");
        if (!name.isEmpty() && name.equals(port.getName())
            || !target.isEmpty()
                && port.getTargetPort() != null
                && target.equals(
                    port.getTargetPort().getIntVal() != null
                        ? String.valueOf(port.getTargetPort().getIntVal())
                        : port.getTargetPort().getStrVal())) {
          return true;
        }
      }
    }
    return false;
  }
}
