package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.evidence.GkeBackendConfigs;
import dev.prodready.check.evidence.TraefikMiddlewares;
import dev.prodready.kube.IngressControllers;
import dev.prodready.kube.IngressControllers.Controller;
import dev.prodready.kube.Ingresses;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Security headers make browsers refuse downgrades, framing and injected scripts. Recognised: an
 * ingress-nginx {@code configuration-snippet} setting {@code Strict-Transport-Security} and ({@code
 * X-Frame-Options} or {@code Content-Security-Policy}), a {@code custom-headers} ConfigMap
 * reference, or a Traefik middleware named like a headers middleware or whose spec has {@code
 * headers}. The contents of the custom-headers ConfigMap are not read, and headers added by the
 * application or the controller's global configuration cannot be seen.
 *
 * <p>A GKE Ingress sets response headers through the BackendConfig of each backend Service ({@link
 * GkeBackendConfigs}): it passes when every backend's BackendConfig sets {@code
 * Strict-Transport-Security} and ({@code X-Frame-Options} or {@code Content-Security-Policy}) in
 * {@code spec.customResponseHeaders}, and fails naming the backends that do not. An Ingress served
 * by another controller ({@link IngressControllers}) is Manual rather than judged by annotations
 * its controller ignores: an AWS ALB cannot add response headers at all (they must come from the
 * application, which the objects do not show), NGINX Inc's controller sets them in snippets of its
 * own.
 */
@Singleton
public class IngressSecurityHeadersCheck extends IngressCheck {

  static final CheckInfo INFO =
      CheckInfo.of("ingress-security-headers", "Networking #6", Networking, High)
          .title("Every Ingress sets security headers (HSTS, X-Frame-Options / CSP)")
          .why(
              "Without HSTS, X-Frame-Options and CSP, browsers allow downgrade attacks, clickjacking and injected scripts.")
          .hint(
              "Set the headers with nginx.ingress.kubernetes.io/custom-headers (or a configuration-snippet with "
                  + "more_set_headers), or attach a Traefik headers middleware.")
          .reads(TraefikMiddlewares.CRDS)
          .reads(OptionalCrd.GKE_BACKEND_CONFIG)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Per Ingress: an ingress-nginx configuration-snippet setting HSTS with X-Frame-Options or CSP, a "
        + "custom-headers reference, a Traefik headers middleware, or (GKE) a BackendConfig on every backend Service "
        + "whose customResponseHeaders set HSTS with X-Frame-Options or CSP. NotApplicable without Ingresses; "
        + "Manual (attestable) for Ingresses of other or unknown controllers (an ALB cannot add headers: the app must).";
  }

  @Override
  protected Optional<String> undecidable(Ingress ingress, NamespaceSnapshot namespace) {
    var served = IngressControllers.of(ingress, namespace.cluster().ingressClasses());
    return switch (served.controller()) {
      case INGRESS_NGINX, TRAEFIK, GKE -> Optional.empty();
      case AWS_ALB ->
          Optional.of(
              served.how()
                  + " ("
                  + served.controller().display()
                  + "): an ALB cannot add "
                  + "response headers, they must come from the application: attest");
      default ->
          Optional.of(
              served.how()
                  + " ("
                  + served.controller().display()
                  + "): headers are not set by "
                  + "ingress-nginx or Traefik annotations or a GKE BackendConfig here, attest");
    };
  }

  @Override
  protected Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace) {
    if (IngressControllers.of(ingress, namespace.cluster().ingressClasses()).controller()
        == Controller.GKE) {
      return gkeProblem(ingress, namespace);
    }
    String snippet = Ingresses.nginx(ingress, "configuration-snippet");
    String lower = snippet == null ? "" : snippet.toLowerCase(Locale.ROOT);
    boolean bySnippet =
        lower.contains("strict-transport-security")
            && (lower.contains("x-frame-options") || lower.contains("content-security-policy"));
    String customHeaders = Ingresses.nginx(ingress, "custom-headers");
    if (bySnippet
        || customHeaders != null && !customHeaders.isBlank()
        || TraefikMiddlewares.provide(ingress, namespace, "headers", "header")) {
      return Optional.empty();
    }
    return Optional.of(
        snippet == null
            ? "no security headers"
            : "configuration-snippet lacks Strict-Transport-Security with X-Frame-Options or Content-Security-Policy");
  }

  private static Optional<String> gkeProblem(Ingress ingress, NamespaceSnapshot namespace) {
    var lacking = new TreeSet<String>();
    for (IngressServiceBackend backend : Ingresses.serviceBackends(ingress)) {
      Service service =
          namespace.services().stream()
              .filter(s -> backend.getName().equals(s.getMetadata().getName()))
              .findFirst()
              .orElse(null);
      var config =
          service == null ? Optional.<String>empty() : GkeBackendConfigs.nameFor(service, backend);
      var headers =
          config
              .flatMap(name -> GkeBackendConfigs.named(namespace, name))
              .map(GkeBackendConfigs::responseHeaderNames)
              .orElse(List.of());
      if (!setsSecurityHeaders(headers)) {
        lacking.add(
            ObjectRefs.of("service", backend.getName())
                + (config.isEmpty()
                    ? " (no BackendConfig)"
                    : " (BackendConfig " + config.get() + ")"));
      }
    }
    return lacking.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "no BackendConfig customResponseHeaders with Strict-Transport-Security and X-Frame-Options or "
                + "Content-Security-Policy for "
                + String.join(", ", lacking));
  }

  private static boolean setsSecurityHeaders(List<String> headerNames) {
    return headerNames.contains("strict-transport-security")
        && (headerNames.contains("x-frame-options")
            || headerNames.contains("content-security-policy"));
  }
}
