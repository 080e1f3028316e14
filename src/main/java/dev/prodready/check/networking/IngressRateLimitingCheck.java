package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.evidence.TraefikMiddlewares;
import dev.prodready.kube.IngressControllers;
import dev.prodready.kube.IngressControllers.Controller;
import dev.prodready.kube.IngressControllers.Served;
import dev.prodready.kube.IngressTls;
import dev.prodready.kube.Ingresses;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Only what the Ingress's controller honours counts ({@link IngressControllers}):
 *
 * <ul>
 *   <li>ingress-nginx: {@code nginx.ingress.kubernetes.io/limit-rps}, {@code limit-rpm} or {@code
 *       limit-connections}. The checklist's {@code rate-limit}/{@code rate-limit-window} are not
 *       ingress-nginx annotations (the controller ignores them), and the global-rate-limit
 *       annotations were removed from ingress-nginx;
 *   <li>NGINX Inc's controller: {@code nginx.org/limit-req-rate};
 *   <li>Traefik: a middleware named like a rate limit or whose spec has {@code rateLimit};
 *   <li>AWS Load Balancer Controller: the ALB has no rate limit of its own; a WAF web ACL ({@code
 *       wafv2-acl-arn}/{@code waf-acl-id}) may hold a rate-based rule the operator cannot read:
 *       Manual;
 *   <li>GKE: rate limits live in a Cloud Armor policy of a backend Service's BackendConfig ({@code
 *       cloud.google.com/backend-config}), not readable here: Manual when one is attached.
 * </ul>
 *
 * An unknown controller is Manual. Limits set on a CDN or the controller's global configuration
 * cannot be seen.
 */
@Singleton
public class IngressRateLimitingCheck extends IngressCheck {

  static final List<String> NGINX_LIMITS = List.of("limit-rps", "limit-rpm", "limit-connections");
  static final String NGINX_INC_LIMIT = "nginx.org/limit-req-rate";
  static final List<String> ALB_WAF =
      List.of(IngressTls.ALB + "wafv2-acl-arn", IngressTls.ALB + "waf-acl-id");
  static final List<String> GKE_BACKEND_CONFIG =
      List.of("cloud.google.com/backend-config", "beta.cloud.google.com/backend-config");

  static final CheckInfo INFO =
      CheckInfo.of("ingress-rate-limiting", "Networking #4", Networking, High)
          .title("Every Ingress is rate limited")
          .why(
              "Without a rate limit one client, buggy or hostile, can exhaust the service for everyone else.")
          .hint(
              "ingress-nginx: nginx.ingress.kubernetes.io/limit-rps (or limit-rpm / limit-connections); Traefik: a rateLimit "
                  + "middleware; AWS ALB: a WAF web ACL with a rate-based rule; GKE: a Cloud Armor policy in a BackendConfig.")
          .reads(TraefikMiddlewares.CRDS)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Per Ingress, only what its controller honours: ingress-nginx limit-rps/limit-rpm/limit-connections, NGINX "
        + "Inc limit-req-rate, a Traefik rateLimit middleware. Manual (attestable) for an unknown class, an ALB with a "
        + "WAF web ACL or a GKE backend with a BackendConfig, whose rules cannot be read.";
  }

  @Override
  protected Optional<String> undecidable(Ingress ingress, NamespaceSnapshot namespace) {
    Served served = IngressControllers.of(ingress, namespace.cluster().ingressClasses());
    Map<String, String> annotations = Ingresses.annotations(ingress);
    if (!served.known()) {
      return Optional.of(served.how() + ": its rate limits cannot be judged, attest");
    }
    if (served.controller() == Controller.AWS_ALB
        && ALB_WAF.stream().anyMatch(annotations::containsKey)) {
      return Optional.of(
          "a WAF web ACL is attached to the ALB; whether it has a rate-based rule cannot be read, attest");
    }
    if (served.controller() == Controller.GKE && backendsWithBackendConfig(ingress, namespace)) {
      return Optional.of(
          "a backend Service has a BackendConfig; whether its Cloud Armor policy rate-limits cannot be "
              + "read, attest");
    }
    return Optional.empty();
  }

  @Override
  protected Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace) {
    Served served = IngressControllers.of(ingress, namespace.cluster().ingressClasses());
    boolean limited =
        switch (served.controller()) {
          case INGRESS_NGINX ->
              NGINX_LIMITS.stream()
                  .map(a -> Ingresses.nginx(ingress, a))
                  .anyMatch(v -> v != null && !v.isBlank());
          case NGINX_INC ->
              !Ingresses.annotations(ingress).getOrDefault(NGINX_INC_LIMIT, "").isBlank();
          case TRAEFIK ->
              TraefikMiddlewares.provide(
                  ingress, namespace, "rateLimit", "ratelimit", "rate-limit");
          case AWS_ALB, GKE, UNKNOWN -> false;
        };
    return limited
        ? Optional.empty()
        : Optional.of("no rate limit that " + served.controller().display() + " honours");
  }

  private static boolean backendsWithBackendConfig(Ingress ingress, NamespaceSnapshot namespace) {
    var names = Ingresses.serviceBackends(ingress).stream().map(b -> b.getName()).toList();
    return namespace.services().stream()
        .filter(s -> names.contains(s.getMetadata().getName()))
        .map(Service::getMetadata)
        .anyMatch(
            m ->
                m.getAnnotations() != null
                    && GKE_BACKEND_CONFIG.stream().anyMatch(m.getAnnotations()::containsKey));
  }
}
