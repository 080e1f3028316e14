package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.kube.Ingresses;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An Ingress without a rate limit lets one client exhaust the service. Recognised: the ingress-nginx annotations
 * {@code limit-rps}, {@code limit-rpm}, {@code limit-connections} and {@code rate-limit} (the checklist's spelling),
 * or a Traefik middleware named like a rate limit or whose spec has {@code rateLimit}. Limits set on a WAF, CDN or
 * the controller's global configuration cannot be seen.
 */
@Singleton
public class IngressRateLimitingCheck extends IngressCheck {

  static final List<String> NGINX_LIMITS = List.of("limit-rps", "limit-rpm", "limit-connections", "rate-limit");

  static final CheckInfo INFO = new CheckInfo("ingress-rate-limiting", "Networking #4", Networking, High,
      "Every Ingress is rate limited",
      "Without a rate limit one client, buggy or hostile, can exhaust the service for everyone else.",
      "Set nginx.ingress.kubernetes.io/limit-rps (or limit-rpm / limit-connections) on the Ingress, or attach a "
          + "Traefik rateLimit middleware.");

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
    boolean limited = NGINX_LIMITS.stream().map(a -> Ingresses.nginx(ingress, a)).anyMatch(v -> v != null && !v.isBlank())
        || Ingresses.usesTraefikMiddleware(ingress, namespace, "rateLimit", "ratelimit", "rate-limit");
    return limited ? Optional.empty() : Optional.of("no rate-limit annotation or middleware");
  }
}
