package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.evidence.TraefikMiddlewares;
import dev.prodready.kube.IngressControllers;
import dev.prodready.kube.IngressControllers.Served;
import dev.prodready.kube.IngressTls;
import dev.prodready.kube.Ingresses;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A client that types http:// must end up on HTTPS, not on a clear-text copy of the site. Judged
 * per controller ({@link IngressControllers}), once the controller terminates TLS for the Ingress
 * ({@link IngressTls}):
 *
 * <ul>
 *   <li>ingress-nginx redirects by default once spec.tls is set, unless {@code ssl-redirect:
 *       "false"}; {@code force-ssl-redirect: "true"} always redirects;
 *   <li>NGINX Inc's controller redirects by default ({@code ingress.kubernetes.io/ssl-redirect},
 *       unless "false"), or with {@code nginx.org/redirect-to-https: "true"};
 *   <li>Traefik: a router on the websecure entry point only, or a redirectScheme middleware. A
 *       redirect configured on the web entry point itself (the Helm chart's ports.web.redirectTo)
 *       is not on any object the operator reads, so a router also on web without a middleware is
 *       Manual; one on web only fails;
 *   <li>AWS Load Balancer Controller: {@code alb.ingress.kubernetes.io/ssl-redirect}, or no
 *       plain-HTTP listener;
 *   <li>GKE: {@code kubernetes.io/ingress.allow-http: "false"}, or a FrontendConfig (annotation
 *       {@code networking.gke.io/v1beta1.FrontendConfig}) with {@code spec.redirectToHttps.enabled:
 *       true}.
 * </ul>
 *
 * An unknown controller is Manual with the reason.
 */
@Singleton
public class IngressHttpsRedirectCheck extends IngressCheck {

  static final String TRAEFIK_ENTRYPOINTS = "traefik.ingress.kubernetes.io/router.entrypoints";
  static final String FRONTEND_CONFIG_ANNOTATION = "networking.gke.io/v1beta1.FrontendConfig";

  static final CheckInfo INFO =
      CheckInfo.of("ingress-https-redirect", "Networking #2", Networking, Critical)
          .title("Every Ingress redirects HTTP to HTTPS")
          .why(
              "Without a redirect, clients that start on http:// keep talking in clear text and leak cookies and tokens.")
          .hint(
              "ingress-nginx: set spec.tls and keep ssl-redirect (or force-ssl-redirect: \"true\"); Traefik: a redirectScheme "
                  + "middleware or the websecure entry point only; AWS ALB: alb.ingress.kubernetes.io/ssl-redirect: '443'; "
                  + "GKE: a FrontendConfig with redirectToHttps.enabled.")
          .reads(TraefikMiddlewares.CRDS)
          .reads(OptionalCrd.GKE_FRONTEND_CONFIG)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Per Ingress and controller: ingress-nginx's default redirect with spec.tls (or force-ssl-redirect), NGINX "
        + "Inc's ssl-redirect, a Traefik redirectScheme middleware or websecure-only router, AWS ALB ssl-redirect or "
        + "HTTPS-only listeners, a GKE FrontendConfig redirectToHttps or allow-http false. Manual (attestable) for an "
        + "unknown class or a Traefik router whose entry point may redirect.";
  }

  @Override
  protected Optional<String> undecidable(Ingress ingress, NamespaceSnapshot namespace) {
    Served served = served(ingress, namespace);
    if (!served.known()) {
      return Optional.of(served.how() + ": its redirect cannot be judged, attest");
    }
    if (served.controller() == IngressControllers.Controller.TRAEFIK
        && IngressTls.problem(ingress, served).isEmpty()
        && !traefikRedirects(ingress, namespace)
        && !traefikWithoutHttp(ingress)
        && !entryPoints(ingress).equals(Set.of("web"))) {
      return Optional.of(
          "Traefik router reachable on the web entry point without a redirect middleware: a redirect "
              + "on the entry point itself cannot be seen, attest");
    }
    if (served.controller() == IngressControllers.Controller.GKE
        && gkeFrontendConfig(ingress) != null
        && !namespace.serves(OptionalCrd.GKE_FRONTEND_CONFIG)) {
      return Optional.of(
          "FrontendConfig " + gkeFrontendConfig(ingress) + " cannot be read (CRD not served)");
    }
    return Optional.empty();
  }

  @Override
  protected Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace) {
    Served served = served(ingress, namespace);
    Optional<String> noTls = IngressTls.problem(ingress, served);
    if (noTls.isPresent()) {
      return Optional.of("no TLS to redirect to (" + noTls.get() + ")");
    }
    Map<String, String> annotations = Ingresses.annotations(ingress);
    return switch (served.controller()) {
      case INGRESS_NGINX ->
          Ingresses.isTrue(Ingresses.nginx(ingress, "force-ssl-redirect"))
                  || !"false".equalsIgnoreCase(trimmed(Ingresses.nginx(ingress, "ssl-redirect")))
              ? Optional.empty()
              : Optional.of("nginx.ingress.kubernetes.io/ssl-redirect is \"false\"");
      case NGINX_INC ->
          Ingresses.isTrue(annotations.get("nginx.org/redirect-to-https"))
                  || !"false"
                      .equalsIgnoreCase(
                          trimmed(annotations.get("ingress.kubernetes.io/ssl-redirect")))
              ? Optional.empty()
              : Optional.of("ingress.kubernetes.io/ssl-redirect is \"false\"");
      case TRAEFIK ->
          traefikRedirects(ingress, namespace) || traefikWithoutHttp(ingress)
              ? Optional.empty()
              : Optional.of(
                  "Traefik router on the web entry point only, without a redirect middleware");
      case AWS_ALB ->
          !annotations.getOrDefault(IngressTls.ALB + "ssl-redirect", "").isBlank()
                  || !IngressTls.albHttp(annotations)
              ? Optional.empty()
              : Optional.of(
                  "the ALB has an HTTP listener and no " + IngressTls.ALB + "ssl-redirect");
      case GKE ->
          gkeRedirects(ingress, namespace)
              ? Optional.empty()
              : Optional.of(
                  "GKE serves HTTP (kubernetes.io/ingress.allow-http is not \"false\") and no FrontendConfig "
                      + "enables redirectToHttps");
      case UNKNOWN -> Optional.empty();
    };
  }

  private static Served served(Ingress ingress, NamespaceSnapshot namespace) {
    return IngressControllers.of(ingress, namespace.cluster().ingressClasses());
  }

  private static String trimmed(String value) {
    return value == null ? null : value.trim();
  }

  private static Set<String> entryPoints(Ingress ingress) {
    return Stream.of(
            Ingresses.annotations(ingress).getOrDefault(TRAEFIK_ENTRYPOINTS, "").split(","))
        .map(String::trim)
        .filter(e -> !e.isEmpty())
        .collect(Collectors.toCollection(HashSet::new));
  }

  /** Router entry points named, none of them "web": the router serves no plain HTTP. */
  private static boolean traefikWithoutHttp(Ingress ingress) {
    Set<String> entryPoints = entryPoints(ingress);
    return !entryPoints.isEmpty() && !entryPoints.contains("web");
  }

  private static boolean traefikRedirects(Ingress ingress, NamespaceSnapshot namespace) {
    return TraefikMiddlewares.provide(ingress, namespace, "redirectScheme", "redirect");
  }

  private static String gkeFrontendConfig(Ingress ingress) {
    return Ingresses.annotations(ingress).get(FRONTEND_CONFIG_ANNOTATION);
  }

  private static boolean gkeRedirects(Ingress ingress, NamespaceSnapshot namespace) {
    if ("false"
        .equalsIgnoreCase(
            trimmed(Ingresses.annotations(ingress).get("kubernetes.io/ingress.allow-http")))) {
      return true;
    }
    String name = gkeFrontendConfig(ingress);
    return name != null
        && namespace.extraHere(OptionalCrd.GKE_FRONTEND_CONFIG).orElse(List.of()).stream()
            .anyMatch(
                c ->
                    name.equals(Unstructured.name(c))
                        && Unstructured.isTrue(c, "spec", "redirectToHttps", "enabled"));
  }
}
