package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.kube.Ingresses;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A client that types http:// must end up on HTTPS, not on a clear-text copy of the site. ingress-nginx redirects by
 * default once TLS is set, unless {@code ssl-redirect: "false"} ({@code force-ssl-redirect: "true"} always redirects);
 * Traefik redirects only when the router listens on {@code websecure} alone or uses a redirect middleware. Ingresses
 * of other classes are read as ingress-nginx; a redirect configured on the controller's entry point cannot be seen.
 */
@Singleton
public class IngressHttpsRedirectCheck extends IngressCheck {

  static final String TRAEFIK_ENTRYPOINTS = "traefik.ingress.kubernetes.io/router.entrypoints";

  static final CheckInfo INFO = new CheckInfo("ingress-https-redirect", "Networking #2", Networking, Critical,
      "Every Ingress redirects HTTP to HTTPS",
      "Without a redirect, clients that start on http:// keep talking in clear text and leak cookies and tokens.",
      "Set spec.tls and keep nginx.ingress.kubernetes.io/ssl-redirect true (or force-ssl-redirect: \"true\"); "
          + "with Traefik use a redirectScheme middleware or the websecure entry point only.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Set<String> optionalCrds() {
    return Ingresses.TRAEFIK_MIDDLEWARE_CRDS;
  }

  @Override
  protected Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace) {
    if (Ingresses.tls(ingress).isEmpty()) {
      return Optional.of("no spec.tls, nothing to redirect to");
    }
    if (Ingresses.isTrue(Ingresses.nginx(ingress, "force-ssl-redirect"))) {
      return Optional.empty();
    }
    if (Ingresses.isTraefik(ingress)) {
      Set<String> entryPoints = Stream.of(Ingresses.annotations(ingress).getOrDefault(TRAEFIK_ENTRYPOINTS, "").split(","))
          .map(String::trim).filter(e -> !e.isEmpty()).collect(Collectors.toSet());
      boolean redirects = entryPoints.equals(Set.of("websecure"))
          || Ingresses.usesTraefikMiddleware(ingress, namespace, "redirectScheme", "redirect");
      return redirects ? Optional.empty()
          : Optional.of("Traefik router without a redirect middleware and not limited to the websecure entry point");
    }
    String sslRedirect = Ingresses.nginx(ingress, "ssl-redirect");
    return sslRedirect != null && sslRedirect.trim().equalsIgnoreCase("false")
        ? Optional.of("nginx.ingress.kubernetes.io/ssl-redirect is \"false\"") : Optional.empty();
  }
}
