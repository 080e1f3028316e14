package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.kube.IngressControllers;
import dev.prodready.kube.IngressControllers.Controller;
import dev.prodready.kube.Ingresses;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Security headers make browsers refuse downgrades, framing and injected scripts. Recognised: an ingress-nginx
 * {@code configuration-snippet} setting {@code Strict-Transport-Security} and ({@code X-Frame-Options} or
 * {@code Content-Security-Policy}), a {@code custom-headers} ConfigMap reference, or a Traefik middleware named like a
 * headers middleware or whose spec has {@code headers}. The contents of the custom-headers ConfigMap are not read, and
 * headers added by the application or the controller's global configuration cannot be seen.
 *
 * <p>Those are ingress-nginx's and Traefik's settings; an Ingress served by another controller
 * ({@link IngressControllers}) is Manual rather than judged by annotations its controller ignores (an AWS ALB cannot
 * add response headers at all, GKE sets them in a BackendConfig, NGINX Inc's controller in snippets of its own).
 */
@Singleton
public class IngressSecurityHeadersCheck extends IngressCheck {

  static final CheckInfo INFO = new CheckInfo("ingress-security-headers", "Networking #6", Networking, High,
      "Every Ingress sets security headers (HSTS, X-Frame-Options / CSP)",
      "Without HSTS, X-Frame-Options and CSP, browsers allow downgrade attacks, clickjacking and injected scripts.",
      "Set the headers with nginx.ingress.kubernetes.io/custom-headers (or a configuration-snippet with "
          + "more_set_headers), or attach a Traefik headers middleware.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Per Ingress: an ingress-nginx configuration-snippet setting HSTS with X-Frame-Options or CSP, a "
        + "custom-headers reference, or a Traefik headers middleware. NotApplicable without Ingresses; "
        + "Manual (attestable) for Ingresses of other or unknown controllers.";
  }

  @Override
  public boolean attestable() {
    return true;
  }

  @Override
  public Set<String> optionalCrds() {
    return Ingresses.TRAEFIK_MIDDLEWARE_CRDS;
  }

  @Override
  protected Optional<String> undecidable(Ingress ingress, NamespaceSnapshot namespace) {
    var served = IngressControllers.of(ingress, namespace.cluster().ingressClasses());
    return served.controller() == Controller.INGRESS_NGINX || served.controller() == Controller.TRAEFIK
        ? Optional.empty()
        : Optional.of(served.how() + " (" + served.controller().display() + "): headers are not set by ingress-nginx or "
            + "Traefik annotations here, attest");
  }

  @Override
  protected Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace) {
    String snippet = Ingresses.nginx(ingress, "configuration-snippet");
    String lower = snippet == null ? "" : snippet.toLowerCase(Locale.ROOT);
    boolean bySnippet = lower.contains("strict-transport-security")
        && (lower.contains("x-frame-options") || lower.contains("content-security-policy"));
    String customHeaders = Ingresses.nginx(ingress, "custom-headers");
    if (bySnippet || customHeaders != null && !customHeaders.isBlank()
        || Ingresses.usesTraefikMiddleware(ingress, namespace, "headers", "header")) {
      return Optional.empty();
    }
    return Optional.of(snippet == null ? "no security headers"
        : "configuration-snippet lacks Strict-Transport-Security with X-Frame-Options or Content-Security-Policy");
  }
}
