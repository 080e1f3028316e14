package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.kube.Ingresses;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Traffic to an Ingress without TLS crosses the network in clear text. Every host of every rule must be listed in
 * {@code spec.tls} (a one-label wildcard covers its subdomains; a TLS entry without hosts covers all of them).
 */
@Singleton
public class IngressTlsCheck extends IngressCheck {

  static final CheckInfo INFO = new CheckInfo("ingress-tls", "Networking #1", Networking, Critical,
      "Every Ingress terminates TLS for all its hosts",
      "Without TLS, credentials and data cross the network in clear text and can be read or altered.",
      "Add spec.tls listing every rule host with a secretName, issued by cert-manager (cert-manager.io/cluster-issuer).");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  protected Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace) {
    if (Ingresses.tls(ingress).isEmpty()) {
      return Optional.of("no spec.tls");
    }
    List<String> uncovered = Ingresses.hosts(ingress).stream().filter(h -> !Ingresses.tlsCovers(ingress, h)).toList();
    return uncovered.isEmpty() ? Optional.empty()
        : Optional.of("hosts not in spec.tls: " + String.join(", ", uncovered));
  }
}
