package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.kube.Ingresses;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A certificate renewed by hand expires one day. A TLS secret counts as renewed automatically when cert-manager
 * manages it: the Ingress asks ingress-shim for it ({@code cert-manager.io/cluster-issuer}, {@code cert-manager.io/issuer}
 * or {@code kubernetes.io/tls-acme: "true"}), or a Certificate in the namespace writes it ({@code spec.secretName}).
 * TLS entries without a secretName (the controller's default certificate) are not counted.
 */
@Singleton
public class TlsAutoRenewedCheck extends IngressCheck {

  static final String CERTIFICATE = "cert-manager.io/Certificate";
  static final List<String> SHIM_ANNOTATIONS = List.of("cert-manager.io/cluster-issuer", "cert-manager.io/issuer");

  static final CheckInfo INFO = new CheckInfo("tls-auto-renewed", "Networking #3", Networking, Critical,
      "Every Ingress TLS certificate is issued and renewed by cert-manager",
      "A certificate renewed by hand eventually expires and takes the service down with it.",
      "Annotate the Ingress cert-manager.io/cluster-issuer: <issuer> (ingress-shim), or create a cert-manager "
          + "Certificate whose spec.secretName is the Ingress's TLS secret.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Every TLS secret of an Ingress is issued by cert-manager: ingress-shim annotations "
        + "(cluster-issuer, issuer, tls-acme) or a Certificate whose secretName it is. NotApplicable when "
        + "no Ingress names a TLS secret; never Manual.";
  }

  @Override
  public Set<String> optionalCrds() {
    return Set.of(CERTIFICATE);
  }

  @Override
  protected boolean appliesTo(Ingress ingress) {
    return !Ingresses.tlsSecrets(ingress).isEmpty();
  }

  @Override
  protected String notApplicableReason() {
    return "no Ingress references a TLS secret";
  }

  @Override
  protected Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace) {
    Map<String, String> annotations = Ingresses.annotations(ingress);
    if (SHIM_ANNOTATIONS.stream().anyMatch(a -> !annotations.getOrDefault(a, "").isBlank())
        || Ingresses.isTrue(annotations.get("kubernetes.io/tls-acme"))) {
      return Optional.empty();
    }
    Set<String> managed = namespace.extraHere(CERTIFICATE).orElse(List.of()).stream()
        .map(c -> Unstructured.string(c, "spec", "secretName")).filter(Objects::nonNull).collect(Collectors.toSet());
    List<String> unmanaged = Ingresses.tlsSecrets(ingress).stream().filter(s -> !managed.contains(s)).toList();
    return unmanaged.isEmpty() ? Optional.empty()
        : Optional.of("TLS secrets not managed by cert-manager: " + String.join(", ", unmanaged));
  }
}
