package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.kube.IngressControllers;
import dev.prodready.kube.IngressControllers.Controller;
import dev.prodready.kube.IngressTls;
import dev.prodready.kube.Ingresses;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A TLS secret counts as renewed automatically when cert-manager manages it: the Ingress asks
 * ingress-shim for it ({@code cert-manager.io/cluster-issuer}, {@code cert-manager.io/issuer} or
 * {@code kubernetes.io/tls-acme: "true"}), or a Certificate in the namespace writes it ({@code
 * spec.secretName}). TLS entries without a secretName (the controller's default certificate) are
 * not counted.
 *
 * <p>TLS terminated by the controller outside spec.tls ({@link IngressTls}) is judged too, never
 * NotApplicable: a GKE Google-managed certificate ({@code networking.gke.io/managed-certificates})
 * is renewed by Google and passes; a GKE pre-shared certificate and an AWS Load Balancer Controller
 * ACM certificate (certificate-arn, or discovered by host) are Manual: ACM renews the certificates
 * it issued but not imported ones, a pre-shared certificate may be Google-managed or uploaded, and
 * neither the ARN nor the name tells which. Traefik with {@code router.tls} and no secret passes
 * with a {@code router.tls.certresolver} (ACME, renewed by Traefik) and is Manual with its default
 * certificate, which is configured outside the namespace.
 */
@Singleton
public class TlsAutoRenewedCheck extends IngressCheck {

  static final String GKE_MANAGED = "networking.gke.io/managed-certificates";
  static final String GKE_PRE_SHARED = "ingress.gcp.kubernetes.io/pre-shared-cert";
  static final String TRAEFIK_TLS = "traefik.ingress.kubernetes.io/router.tls";
  static final String TRAEFIK_RESOLVER = "traefik.ingress.kubernetes.io/router.tls.certresolver";
  static final List<String> SHIM_ANNOTATIONS =
      List.of("cert-manager.io/cluster-issuer", "cert-manager.io/issuer");

  static final CheckInfo INFO =
      CheckInfo.of("tls-auto-renewed", "Networking #3", Networking, Critical)
          .title(
              "Every Ingress TLS certificate is renewed automatically (cert-manager or a cloud-managed certificate)")
          .why(
              "A certificate renewed by hand eventually expires and takes the service down with it.")
          .hint(
              "Annotate the Ingress cert-manager.io/cluster-issuer: <issuer> (ingress-shim), or create a cert-manager "
                  + "Certificate whose spec.secretName is the Ingress's TLS secret; on GKE a ManagedCertificate, on Traefik "
                  + "a certResolver.")
          .reads(OptionalCrd.CERTIFICATE)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Every TLS secret of an Ingress is issued by cert-manager: ingress-shim annotations "
        + "(cluster-issuer, issuer, tls-acme) or a Certificate whose secretName it is; a GKE managed certificate "
        + "passes (Google renews it). Manual (attestable) for an ALB's ACM certificate or a GKE pre-shared "
        + "certificate (imported or uploaded ones are not renewed, the objects do not tell); Traefik router.tls passes "
        + "with a certresolver, Manual with the default certificate. NotApplicable when no "
        + "Ingress terminates TLS with a secret or a controller certificate.";
  }

  @Override
  protected boolean appliesTo(Ingress ingress) {
    Map<String, String> annotations = Ingresses.annotations(ingress);
    return !Ingresses.tlsSecrets(ingress).isEmpty()
        || IngressTls.albHttps(annotations)
        || !annotations.getOrDefault(GKE_MANAGED, "").isBlank()
        || !annotations.getOrDefault(GKE_PRE_SHARED, "").isBlank()
        || Ingresses.isTrue(annotations.get(TRAEFIK_TLS));
  }

  @Override
  protected String notApplicableReason() {
    return "no Ingress references a TLS secret or a controller-managed certificate";
  }

  @Override
  protected Optional<String> undecidable(Ingress ingress, NamespaceSnapshot namespace) {
    Map<String, String> annotations = Ingresses.annotations(ingress);
    var served = IngressControllers.of(ingress, namespace.cluster().ingressClasses());
    Controller controller = served.controller();
    if (controller == Controller.AWS_ALB && IngressTls.albHttps(annotations)) {
      return Optional.of(
          "an ACM certificate ("
              + (annotations.containsKey(IngressTls.ALB + "certificate-arn")
                  ? "certificate-arn"
                  : "discovered by host")
              + "): ACM renews the certificates it issued but not imported "
              + "ones, and the ARN does not tell which: attest");
    }
    if (controller == Controller.GKE
        && annotations.getOrDefault(GKE_MANAGED, "").isBlank()
        && !annotations.getOrDefault(GKE_PRE_SHARED, "").isBlank()) {
      return Optional.of(
          "a pre-shared certificate ("
              + annotations.get(GKE_PRE_SHARED)
              + "): Google-managed or "
              + "uploaded by hand cannot be told from the Ingress: attest");
    }
    boolean traefikResolver = !annotations.getOrDefault(TRAEFIK_RESOLVER, "").isBlank();
    if (controller == Controller.TRAEFIK
        && Ingresses.tlsSecrets(ingress).isEmpty()
        && !traefikResolver
        && Ingresses.isTrue(annotations.get(TRAEFIK_TLS))) {
      return Optional.of(
          "router.tls with Traefik's default certificate (no secret, no certresolver), configured "
              + "outside the namespace: attest");
    }
    if (Ingresses.tlsSecrets(ingress).isEmpty()
        && controller != Controller.GKE
        && !(controller == Controller.TRAEFIK && traefikResolver)) {
      return Optional.of(
          served.how()
              + " ("
              + controller.display()
              + "): certificate annotations of another "
              + "controller and no TLS secret: attest");
    }
    return Optional.empty();
  }

  @Override
  protected Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace) {
    Map<String, String> annotations = Ingresses.annotations(ingress);
    Controller controller =
        IngressControllers.of(ingress, namespace.cluster().ingressClasses()).controller();
    if (controller == Controller.GKE && !annotations.getOrDefault(GKE_MANAGED, "").isBlank()
        || controller == Controller.TRAEFIK
            && !annotations.getOrDefault(TRAEFIK_RESOLVER, "").isBlank()) {
      return Optional.empty();
    }
    if (Ingresses.tlsSecrets(ingress).isEmpty()) {
      return Optional.of("no TLS secret and no managed certificate");
    }
    if (SHIM_ANNOTATIONS.stream().anyMatch(a -> !annotations.getOrDefault(a, "").isBlank())
        || Ingresses.isTrue(annotations.get("kubernetes.io/tls-acme"))) {
      return Optional.empty();
    }
    Set<String> managed =
        namespace.extraHere(OptionalCrd.CERTIFICATE).orElse(List.of()).stream()
            .map(c -> Unstructured.string(c, "spec", "secretName"))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    List<String> unmanaged =
        Ingresses.tlsSecrets(ingress).stream().filter(s -> !managed.contains(s)).toList();
    return unmanaged.isEmpty()
        ? Optional.empty()
        : Optional.of("TLS secrets not managed by cert-manager: " + String.join(", ", unmanaged));
  }
}
