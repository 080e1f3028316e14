package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.kube.IngressControllers;
import dev.prodready.kube.IngressTls;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * TLS counts wherever the Ingress's controller terminates it: spec.tls, or the controller's own
 * annotations ({@link IngressTls}). An Ingress whose controller is not known ({@link
 * IngressControllers}) passes only with spec.tls covering every host, which every controller
 * honours; without it the TLS may be configured in a way the check cannot read, so it is Manual,
 * never judged by another controller's rules.
 */
@Singleton
public class IngressTlsCheck extends IngressCheck {

  static final CheckInfo INFO =
      CheckInfo.of("ingress-tls", "Networking #1", Networking, Critical)
          .title("Every Ingress terminates TLS for all its hosts")
          .why(
              "Without TLS, credentials and data cross the network in clear text and can be read or altered.")
          .hint(
              "Add spec.tls listing every rule host with a secretName (cert-manager.io/cluster-issuer), or the controller's "
                  + "TLS setting: an HTTPS listen-ports with certificate-arn on AWS ALB, a managed or pre-shared certificate on GKE.")
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Per Ingress: spec.tls covering every rule host, or the controller's own TLS (Traefik router.tls, AWS ALB "
        + "HTTPS listen-ports or certificate-arn, GKE managed-certificates or pre-shared-cert), the controller told by "
        + "ingressClassName, the legacy class annotation or IngressClass. Manual (attestable) for an unknown class "
        + "without spec.tls.";
  }

  @Override
  protected Optional<String> undecidable(Ingress ingress, NamespaceSnapshot namespace) {
    var served = IngressControllers.of(ingress, namespace.cluster().ingressClasses());
    return served.known() || IngressTls.specTlsProblem(ingress).isEmpty()
        ? Optional.empty()
        : Optional.of(served.how() + ": TLS outside spec.tls cannot be judged, attest");
  }

  @Override
  protected Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace) {
    return IngressTls.problem(
        ingress, IngressControllers.of(ingress, namespace.cluster().ingressClasses()));
  }
}
