package dev.prodready.check.evidence;

import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Secrets of a namespace come from, read from the objects that create them rather than
 * from the Secrets.
 *
 * <p>Secrets are deliberately not cached: a Secret informer holds every Secret's data in the
 * operator's memory (Helm keeps a release Secret per revision, so there are often more Secrets than
 * any other kind) and needs read access to all of them. The producing objects say the same for the
 * tools that matter: an ExternalSecret creates the Secret named by spec.target.name (default: its
 * own name), a SealedSecret one of its own name, a Vault Secrets Operator Vault*Secret the one
 * named by spec.destination.name, a SecretProviderClass the spec.secretObjects[].secretName it
 * syncs; a cert-manager Certificate writes spec.secretName, and a ServiceAccount lists its legacy
 * token Secrets. The price: a Secret made by one of those tools whose producing object is gone, or
 * a tool not listed here, reads as hand-made.
 */
public final class SecretOrigins {

  public static final List<OptionalCrd> KINDS =
      List.of(
          OptionalCrd.EXTERNAL_SECRET,
          OptionalCrd.SEALED_SECRET,
          OptionalCrd.VAULT_STATIC_SECRET,
          OptionalCrd.VAULT_DYNAMIC_SECRET,
          OptionalCrd.VAULT_PKI_SECRET,
          OptionalCrd.SECRET_PROVIDER_CLASS,
          OptionalCrd.CERTIFICATE);

  /**
   * What produces a Secret, and whether its content is an application secret from an external
   * store.
   */
  public record Origin(String producer, boolean externalStore) {}

  private SecretOrigins() {}

  /** Secret name to its origin, for the Secrets of this namespace some known object produces. */
  public static Map<String, Origin> of(NamespaceSnapshot namespace) {
    var origins = new HashMap<String, Origin>();
    for (var es : here(namespace, OptionalCrd.EXTERNAL_SECRET)) {
      String target = Unstructured.string(es, "spec", "target", "name");
      if (target.isEmpty()) {
        target = Unstructured.name(es);
      }
      origins.putIfAbsent(target, new Origin("ExternalSecret " + Unstructured.name(es), true));
    }
    for (var sealed : here(namespace, OptionalCrd.SEALED_SECRET)) {
      origins.putIfAbsent(
          Unstructured.name(sealed), new Origin("SealedSecret " + Unstructured.name(sealed), true));
    }
    for (OptionalCrd kind :
        List.of(
            OptionalCrd.VAULT_STATIC_SECRET,
            OptionalCrd.VAULT_DYNAMIC_SECRET,
            OptionalCrd.VAULT_PKI_SECRET)) {
      for (var vault : here(namespace, kind)) {
        String name = Unstructured.string(vault, "spec", "destination", "name");
        if (!name.isEmpty()) {
          origins.putIfAbsent(
              name, new Origin(vault.getKind() + " " + Unstructured.name(vault), true));
        }
      }
    }
    for (var spc : here(namespace, OptionalCrd.SECRET_PROVIDER_CLASS)) {
      for (Map<String, Object> synced : Unstructured.maps(spc, "spec", "secretObjects")) {
        String name = Unstructured.string(synced, "secretName");
        if (!name.isBlank()) {
          origins.putIfAbsent(
              name, new Origin("SecretProviderClass " + Unstructured.name(spc), true));
        }
      }
    }
    for (var cert : here(namespace, OptionalCrd.CERTIFICATE)) {
      String name = Unstructured.string(cert, "spec", "secretName");
      if (!name.isEmpty()) {
        origins.putIfAbsent(
            name, new Origin("cert-manager Certificate " + Unstructured.name(cert), false));
      }
    }
    for (var account : namespace.serviceAccounts()) {
      for (ObjectReference ref : Optional.ofNullable(account.getSecrets()).orElse(List.of())) {
        if (ref.getName() != null) {
          origins.putIfAbsent(
              ref.getName(),
              new Origin("ServiceAccount " + account.getMetadata().getName() + " (token)", false));
        }
      }
    }
    return origins;
  }

  private static List<GenericKubernetesResource> here(
      NamespaceSnapshot namespace, OptionalCrd kind) {
    return namespace.extraHere(kind).orElse(List.of());
  }
}
