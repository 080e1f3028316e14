package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.CustomResources;
import dev.prodready.kube.SecretReferences;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hand-made Secrets have no rotation and no audit trail, and leak with every copy of the manifests.
 *
 * <p>The evidence is namespace-wide: one external-store mechanism in use passes, without tracing which Secret each
 * workload reads (Secrets generated in-cluster, such as cert-manager TLS Secrets, would otherwise count as plain).
 */
@Singleton
public class ExternalSecretsCheck implements NamespaceCheck {

  static final String EXTERNAL_SECRET = "external-secrets.io/ExternalSecret";
  static final String SEALED_SECRET = "bitnami.com/SealedSecret";
  static final String VAULT_INJECT = "vault.hashicorp.com/agent-inject";

  static final CheckInfo INFO = new CheckInfo("external-secrets", "Security #14", Security, High,
      "Secrets come from an external store (External Secrets, Sealed Secrets, Vault, Secrets Store CSI)",
      "Hand-made Secrets have no rotation and no audit trail, and leak with every copy of the manifests.",
      "Sync Secrets from a store with an ExternalSecret or commit SealedSecrets; or inject them with the Vault agent or "
          + "the Secrets Store CSI driver.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Set<String> optionalCrds() {
    return Set.of(EXTERNAL_SECRET, SEALED_SECRET);
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    Optional<String> evidence = externalStore(namespace);
    if (evidence.isPresent()) {
      return Verdict.pass("secrets come from an external store: " + evidence.get());
    }
    List<String> plain = namespace.workloads().stream()
        .filter(w -> SecretReferences.anywhere(w.podSpec())).map(Workload::ref).toList();
    if (plain.isEmpty()) {
      return Verdict.notApplicable("no workload reads a Secret");
    }
    return Verdict.fail("workloads read plain Kubernetes Secrets and no external store is in use: "
        + String.join(", ", plain));
  }

  private static Optional<String> externalStore(NamespaceSnapshot namespace) {
    for (String crd : List.of(EXTERNAL_SECRET, SEALED_SECRET)) {
      var objects = namespace.extraHere(crd).orElse(List.of());
      if (!objects.isEmpty()) {
        return Optional.of(CustomResources.ref(objects.get(0), namespace.name()));
      }
    }
    return namespace.workloads().stream()
        .filter(w -> "true".equals(w.podAnnotations().get(VAULT_INJECT))
            || SecretReferences.fromSecretsStoreCsi(w.podSpec()))
        .findFirst()
        .map(w -> w.ref() + (SecretReferences.fromSecretsStoreCsi(w.podSpec()) ? " (Secrets Store CSI volume)"
            : " (Vault agent injection)"));
  }
}
