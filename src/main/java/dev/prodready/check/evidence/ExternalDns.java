package dev.prodready.check.evidence;

import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What needs a DNS record besides Ingress hosts (LoadBalancer Services), and what external-dns
 * publishes. Annotations are read under both prefixes: external-dns.kubernetes.io/ (the default
 * since external-dns 0.22) and the legacy external-dns.alpha.kubernetes.io/ that older releases and
 * most charts still use.
 */
public final class ExternalDns {

  public static final String ANNOTATION_PREFIX = "external-dns.alpha.kubernetes.io/";
  public static final String CURRENT_PREFIX = "external-dns.kubernetes.io/";
  public static final String HOSTNAME = ANNOTATION_PREFIX + "hostname";

  private ExternalDns() {}

  public static List<Service> loadBalancers(NamespaceSnapshot namespace) {
    return namespace.services().stream()
        .filter(s -> s.getSpec() != null && "LoadBalancer".equals(s.getSpec().getType()))
        .toList();
  }

  public static Map<String, String> annotations(Service service) {
    return service.getMetadata().getAnnotations() == null
        ? Map.of()
        : service.getMetadata().getAnnotations();
  }

  /** An external-dns annotation ("hostname", "controller"...) under either prefix, or null. */
  public static String annotation(Map<String, String> annotations, String name) {
    String current = annotations.get(CURRENT_PREFIX + name);
    return current != null ? current : annotations.get(ANNOTATION_PREFIX + name);
  }

  /** Whether the annotations name a hostname for external-dns (a blank value names none). */
  public static boolean hasHostname(Map<String, String> annotations) {
    return !hostnames(annotations).isEmpty();
  }

  /** The names of the hostname annotation (comma-separated), lower case, without a trailing dot. */
  public static Set<String> hostnames(Map<String, String> annotations) {
    String value = annotation(annotations, "hostname");
    return value == null
        ? Set.of()
        : Stream.of(value.split(","))
            .map(String::trim)
            .filter(h -> !h.isEmpty())
            .map(ExternalDns::normalize)
            .collect(Collectors.toSet());
  }

  /**
   * The DNS controller another than external-dns that the object is handed to (external-dns ignores
   * objects whose controller annotation is anything but "dns-controller"), or null.
   */
  public static String otherController(Map<String, String> annotations) {
    String controller = annotation(annotations, "controller");
    return controller == null || controller.equals("dns-controller") ? null : controller;
  }

  /**
   * The dnsName of every endpoint of the DNSEndpoints in this namespace (lower case, without a
   * trailing dot).
   */
  public static Set<String> endpointNames(NamespaceSnapshot namespace) {
    return endpoints(namespace)
        .map(e -> Unstructured.string(e, "dnsName"))
        .filter(n -> !n.isEmpty())
        .map(ExternalDns::normalize)
        .collect(Collectors.toSet());
  }

  /** Whether a DNSEndpoint in this namespace points at the Service's load-balancer address. */
  public static boolean endpointTargets(NamespaceSnapshot namespace, Service service) {
    Set<String> addresses =
        service.getStatus() == null
                || service.getStatus().getLoadBalancer() == null
                || service.getStatus().getLoadBalancer().getIngress() == null
            ? Set.of()
            : service.getStatus().getLoadBalancer().getIngress().stream()
                .flatMap(i -> Stream.of(i.getIp(), i.getHostname()))
                .filter(Objects::nonNull)
                .map(ExternalDns::normalize)
                .collect(Collectors.toSet());
    return !addresses.isEmpty()
        && endpoints(namespace)
            .flatMap(e -> Unstructured.strings(e, "targets").stream())
            .map(ExternalDns::normalize)
            .anyMatch(addresses::contains);
  }

  private static Stream<Map<String, Object>> endpoints(NamespaceSnapshot namespace) {
    return namespace.extraHere(OptionalCrd.DNS_ENDPOINT).orElse(List.of()).stream()
        .flatMap(d -> Unstructured.maps(d, "spec", "endpoints").stream());
  }

  public static String normalize(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
