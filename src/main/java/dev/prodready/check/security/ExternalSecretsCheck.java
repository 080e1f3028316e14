package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.check.evidence.SecretOrigins;
import dev.prodready.check.evidence.SecretOrigins.Origin;
import dev.prodready.kube.SecretReferences;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;

/**
 * Judged per workload, from the Secrets it reads (volumes, projected sources, env, envFrom): each
 * must come from an external store, known from the object that produces it ({@link SecretOrigins}:
 * External Secrets, Sealed Secrets, the Vault Secrets Operator, a Secrets Store CSI
 * SecretProviderClass sync). cert-manager TLS Secrets and service account tokens are not
 * application secrets and are left out. A Secrets Store CSI volume, or Vault agent injection (pod
 * annotation vault.hashicorp.com/agent-inject), brings secrets without a Secret and passes on its
 * own. A workload that reads no application secret at all is NotApplicable. So one ExternalSecret
 * in the namespace passes only the workloads that read its Secret.
 */
@Singleton
public class ExternalSecretsCheck implements WorkloadCheck {

  static final String VAULT_INJECT = "vault.hashicorp.com/agent-inject";

  static final CheckInfo INFO =
      CheckInfo.of("external-secrets", "Security #14", Security, High)
          .title(
              "Workloads read their secrets from an external store (External Secrets, Sealed Secrets, Vault, Secrets Store CSI)")
          .why(
              "Hand-made Secrets have no rotation and no audit trail, and leak with every copy of the manifests.")
          .hint(
              "Sync Secrets from a store with an ExternalSecret or commit SealedSecrets; or inject them with the Vault agent or "
                  + "the Secrets Store CSI driver.")
          .reads(SecretOrigins.KINDS);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Per workload, the Secrets it mounts or references must be produced by an ExternalSecret, SealedSecret, "
        + "Vault Secrets Operator object or SecretProviderClass sync (Secrets themselves are not read); a Secrets Store "
        + "CSI volume or Vault agent injection passes. cert-manager and token Secrets are left out; a workload with no "
        + "application secret is NotApplicable.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    Map<String, Origin> origins = SecretOrigins.of(namespace);
    var external = new ArrayList<String>();
    var plain = new TreeSet<String>();
    for (String secret : SecretReferences.names(workload.podSpec())) {
      Origin origin = origins.get(secret);
      if (origin == null) {
        plain.add(secret);
      } else if (origin.externalStore()) {
        external.add(secret + " from " + origin.producer());
      }
    }
    if (SecretReferences.fromSecretsStoreCsi(workload.podSpec())) {
      external.add("a Secrets Store CSI volume");
    }
    if ("true".equals(workload.podAnnotations().get(VAULT_INJECT))) {
      external.add("Vault agent injection");
    }
    if (!plain.isEmpty()) {
      return Verdict.fail("reads Secrets no external store produces: " + String.join(", ", plain));
    }
    if (external.isEmpty()) {
      return Verdict.notApplicable("reads no application secret");
    }
    return Verdict.pass(String.join(", ", external));
  }
}
