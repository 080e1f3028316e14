package dev.prodready.kube;

import dev.prodready.kube.IngressControllers.Served;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an Ingress's controller terminates TLS for it, including TLS configured outside spec.tls:
 *
 * <ul>
 *   <li>every controller: spec.tls listing every rule host (a one-label wildcard covers its
 *       subdomains; an entry without hosts covers all), since spec.tls is the Ingress API's own
 *       field;
 *   <li>Traefik: {@code traefik.ingress.kubernetes.io/router.tls: "true"} (TLS with the default
 *       certificate or a certResolver);
 *   <li>AWS Load Balancer Controller: an HTTPS listener, i.e. {@code
 *       alb.ingress.kubernetes.io/listen-ports} naming HTTPS, or no listen-ports with {@code
 *       certificate-arn} set (the controller then listens on HTTPS:443 only); certificates come
 *       from certificate-arn or from ACM discovery by host. spec.tls alone opens no HTTPS listener.
 *       An IngressClassParams certificate cannot be seen;
 *   <li>GKE: {@code networking.gke.io/managed-certificates} or {@code
 *       ingress.gcp.kubernetes.io/pre-shared-cert}.
 * </ul>
 */
public final class IngressTls {

  public static final String ALB = "alb.ingress.kubernetes.io/";
  static final String TRAEFIK_TLS = "traefik.ingress.kubernetes.io/router.tls";
  static final List<String> GKE_CERTS =
      List.of(
          "networking.gke.io/managed-certificates", "ingress.gcp.kubernetes.io/pre-shared-cert");
  private static final Pattern HTTPS_PORT =
      Pattern.compile("\"HTTPS\"\\s*:", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTTP_PORT =
      Pattern.compile("\"HTTP\"\\s*:", Pattern.CASE_INSENSITIVE);

  private IngressTls() {}

  /**
   * Why the controller serves (some of) the Ingress's hosts without TLS, or empty when it
   * terminates TLS for all.
   */
  public static Optional<String> problem(Ingress ingress, Served served) {
    Map<String, String> annotations = Ingresses.annotations(ingress);
    switch (served.controller()) {
      case TRAEFIK -> {
        if (Ingresses.isTrue(annotations.get(TRAEFIK_TLS))) {
          return Optional.empty();
        }
      }
      case AWS_ALB -> {
        return albHttps(annotations)
            ? Optional.empty()
            : Optional.of(
                "the ALB has no HTTPS listener ("
                    + ALB
                    + "listen-ports names no HTTPS and no "
                    + ALB
                    + "certificate-arn is set)");
      }
      case GKE -> {
        if (GKE_CERTS.stream().anyMatch(a -> !annotations.getOrDefault(a, "").isBlank())) {
          return Optional.empty();
        }
      }
      default -> {}
    }
    return specTlsProblem(ingress);
  }

  /** Whether spec.tls covers every rule host. */
  public static Optional<String> specTlsProblem(Ingress ingress) {
    if (Ingresses.tls(ingress).isEmpty()) {
      return Optional.of("no spec.tls (and no TLS set up for this controller by annotation)");
    }
    List<String> uncovered =
        Ingresses.hosts(ingress).stream().filter(h -> !Ingresses.tlsCovers(ingress, h)).toList();
    return uncovered.isEmpty()
        ? Optional.empty()
        : Optional.of("hosts not in spec.tls: " + String.join(", ", uncovered));
  }

  /** An ALB HTTPS listener: listen-ports names HTTPS, or is absent while certificate-arn is set. */
  public static boolean albHttps(Map<String, String> annotations) {
    String ports = annotations.get(ALB + "listen-ports");
    if (ports == null) {
      return !annotations.getOrDefault(ALB + "certificate-arn", "").isBlank();
    }
    return HTTPS_PORT.matcher(ports).find();
  }

  /**
   * Whether the ALB also listens on plain HTTP (the default listen-ports without a certificate is
   * HTTP:80).
   */
  public static boolean albHttp(Map<String, String> annotations) {
    String ports = annotations.get(ALB + "listen-ports");
    return ports == null
        ? annotations.getOrDefault(ALB + "certificate-arn", "").isBlank()
        : HTTP_PORT.matcher(ports).find();
  }
}
