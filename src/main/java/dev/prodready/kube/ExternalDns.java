package dev.prodready.kube;

import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What needs a DNS record besides Ingress hosts (LoadBalancer Services), and what external-dns publishes. */
public final class ExternalDns {

  public static final String ANNOTATION_PREFIX = "external-dns.alpha.kubernetes.io/";
  public static final String HOSTNAME = ANNOTATION_PREFIX + "hostname";
  public static final String DNS_ENDPOINT = "externaldns.k8s.io/DNSEndpoint";

  private ExternalDns() {
  }

  public static List<Service> loadBalancers(NamespaceSnapshot namespace) {
    return namespace.services().stream()
        .filter(s -> s.getSpec() != null && "LoadBalancer".equals(s.getSpec().getType()))
        .toList();
  }

  public static Map<String, String> annotations(Service service) {
    return service.getMetadata().getAnnotations() == null ? Map.of() : service.getMetadata().getAnnotations();
  }

  /** Whether the annotations name a hostname for external-dns (a blank value names none). */
  public static boolean hasHostname(Map<String, String> annotations) {
    String value = annotations.get(HOSTNAME);
    return value != null && !value.isBlank();
  }

  /** The dnsName of every endpoint of the DNSEndpoints in this namespace (lower case, without a trailing dot). */
  public static Set<String> endpointNames(NamespaceSnapshot namespace) {
    return endpoints(namespace).map(e -> Unstructured.string(e, "dnsName")).filter(Objects::nonNull)
        .map(ExternalDns::normalize).collect(Collectors.toSet());
  }

  /** Whether a DNSEndpoint in this namespace points at the Service's load-balancer address. */
  public static boolean endpointTargets(NamespaceSnapshot namespace, Service service) {
    Set<String> addresses = service.getStatus() == null || service.getStatus().getLoadBalancer() == null
        || service.getStatus().getLoadBalancer().getIngress() == null ? Set.of()
        : service.getStatus().getLoadBalancer().getIngress().stream()
            .flatMap(i -> Stream.of(i.getIp(), i.getHostname())).filter(Objects::nonNull).map(ExternalDns::normalize)
            .collect(Collectors.toSet());
    return !addresses.isEmpty() && endpoints(namespace)
        .flatMap(e -> Unstructured.strings(e, "targets").stream()).map(ExternalDns::normalize).anyMatch(addresses::contains);
  }

  private static Stream<Map<String, Object>> endpoints(NamespaceSnapshot namespace) {
    return namespace.extraHere(DNS_ENDPOINT).orElse(List.of()).stream()
        .flatMap(d -> Unstructured.maps(d, "spec", "endpoints").stream());
  }

  private static String normalize(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
