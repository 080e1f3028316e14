package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ingress reading shared by the Networking checks: hosts, TLS, backends, and the annotations of
 * ingress-nginx and Traefik.
 */
public final class Ingresses {

  public static final String NGINX = "nginx.ingress.kubernetes.io/";
  public static final String TRAEFIK_MIDDLEWARES =
      "traefik.ingress.kubernetes.io/router.middlewares";

  private Ingresses() {}

  public static String ref(Ingress ingress) {
    return ObjectRefs.of("ingress", ingress.getMetadata().getName());
  }

  public static Map<String, String> annotations(Ingress ingress) {
    return ingress.getMetadata().getAnnotations() == null
        ? Map.of()
        : ingress.getMetadata().getAnnotations();
  }

  /**
   * The value of an ingress-nginx annotation ("ssl-redirect" reads
   * nginx.ingress.kubernetes.io/ssl-redirect), or null.
   */
  public static String nginx(Ingress ingress, String name) {
    return annotations(ingress).get(NGINX + name);
  }

  public static boolean isTrue(String value) {
    return value != null && value.trim().equalsIgnoreCase("true");
  }

  /**
   * Whether the Ingress is served by Traefik (its class name, or the legacy class annotation,
   * mentions traefik).
   */
  public static boolean isTraefik(Ingress ingress) {
    String className = ingress.getSpec() == null ? null : ingress.getSpec().getIngressClassName();
    String legacy = annotations(ingress).get("kubernetes.io/ingress.class");
    return Objects.toString(className, "").contains("traefik")
        || Objects.toString(legacy, "").contains("traefik");
  }

  public static List<IngressRule> rules(Ingress ingress) {
    return ingress.getSpec() == null || ingress.getSpec().getRules() == null
        ? List.of()
        : ingress.getSpec().getRules();
  }

  /** The distinct hosts named by the rules. */
  public static List<String> hosts(Ingress ingress) {
    return rules(ingress).stream()
        .map(IngressRule::getHost)
        .filter(h -> h != null && !h.isBlank())
        .distinct()
        .toList();
  }

  /**
   * Whether some traffic is routed without a host: a rule without host, or no rules at all (default
   * backend).
   */
  public static boolean routesWithoutHost(Ingress ingress) {
    return rules(ingress).isEmpty()
        || rules(ingress).stream().anyMatch(r -> r.getHost() == null || r.getHost().isBlank());
  }

  public static List<IngressTLS> tls(Ingress ingress) {
    return ingress.getSpec() == null || ingress.getSpec().getTls() == null
        ? List.of()
        : ingress.getSpec().getTls();
  }

  /**
   * A TLS entry covers a host it lists (exactly or by a one-label wildcard) and, when it lists
   * none, every host.
   */
  public static boolean tlsCovers(Ingress ingress, String host) {
    return tls(ingress).stream()
        .anyMatch(
            t ->
                t.getHosts() == null
                    || t.getHosts().isEmpty()
                    || t.getHosts().stream().anyMatch(h -> hostMatches(h, host)));
  }

  /** The secretName of every TLS entry that has one. */
  public static List<String> tlsSecrets(Ingress ingress) {
    return tls(ingress).stream()
        .map(IngressTLS::getSecretName)
        .filter(s -> s != null && !s.isBlank())
        .distinct()
        .toList();
  }

  /** The Services the Ingress routes to: every path backend and the default backend. */
  public static List<IngressServiceBackend> serviceBackends(Ingress ingress) {
    var backends = new ArrayList<IngressBackend>();
    if (ingress.getSpec() != null && ingress.getSpec().getDefaultBackend() != null) {
      backends.add(ingress.getSpec().getDefaultBackend());
    }
    for (IngressRule rule : rules(ingress)) {
      if (rule.getHttp() != null && rule.getHttp().getPaths() != null) {
        rule.getHttp().getPaths().stream()
            .map(HTTPIngressPath::getBackend)
            .filter(Objects::nonNull)
            .forEach(backends::add);
      }
    }
    return backends.stream()
        .map(IngressBackend::getService)
        .filter(s -> s != null && s.getName() != null)
        .toList();
  }

  private static boolean hostMatches(String pattern, String host) {
    if (pattern == null) {
      return false;
    }
    if (pattern.equalsIgnoreCase(host)) {
      return true;
    }
    return pattern.startsWith("*.")
        && host.indexOf('.') > 0
        && host.substring(host.indexOf('.')).equalsIgnoreCase(pattern.substring(1));
  }
}
