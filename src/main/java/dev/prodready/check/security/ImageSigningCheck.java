package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.PolicyEngines;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Evidence: a Kyverno ClusterPolicy (or Policy here) with a verifyImages rule, a Kyverno
 * ImageValidatingPolicy, or a sigstore policy-controller ClusterImagePolicy. policy-controller by
 * default only verifies namespaces labelled policy.sigstore.dev/include=true; for an unlabelled
 * namespace the result is Manual (an opt-out webhook configuration cannot be seen). Connaisseur is
 * configured outside the Kubernetes API and is not detected: attest it. A Kyverno verifyImages rule
 * counts only in Enforce mode ({@link PolicyEngines#enforces}): in Audit, Kyverno's default, an
 * unsigned image still runs. Not evaluated: a policy's match/exclude (whether it selects this
 * namespace's images).
 */
@Singleton
public class ImageSigningCheck implements NamespaceCheck {

  static final String SIGSTORE_INCLUDE_LABEL = "policy.sigstore.dev/include";

  static final CheckInfo INFO =
      CheckInfo.of("image-signing", "Security #12", Security, Medium)
          .title("An admission controller verifies image signatures (Cosign) in this namespace")
          .why(
              "Only an admission controller that verifies signatures stops a tampered or unknown image from running.")
          .hint(
              "Add a Kyverno policy with a verifyImages rule or a sigstore ClusterImagePolicy (and label the namespace "
                  + "policy.sigstore.dev/include=true); attest it when another verifier (Connaisseur) is used.")
          .reads(
              OptionalCrd.KYVERNO_CLUSTER_POLICY,
              OptionalCrd.KYVERNO_POLICY,
              OptionalCrd.KYVERNO_IMAGE_VALIDATING_POLICY,
              OptionalCrd.SIGSTORE_CLUSTER_IMAGE_POLICY)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A Kyverno policy with a verifyImages rule in Enforce mode, a Kyverno ImageValidatingPolicy, or a sigstore "
        + "ClusterImagePolicy (with the namespace labelled for policy-controller). Manual (attestable) "
        + "when no verifier is installed or the namespace is not opted in.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    Optional<GenericKubernetesResource> kyverno =
        PolicyEngines.kyvernoPolicies(namespace).stream()
            .filter(
                p ->
                    PolicyEngines.verifiesImages(p)
                        && PolicyEngines.enforces(p, namespace.name(), List.of("verifyImages")))
            .findFirst()
            .or(
                () ->
                    namespace
                        .extraHere(OptionalCrd.KYVERNO_IMAGE_VALIDATING_POLICY)
                        .orElse(List.of())
                        .stream()
                        .findFirst());
    if (kyverno.isPresent()) {
      return Verdict.pass(
          "Kyverno verifies images: " + ObjectRefs.of(kyverno.get(), namespace.name()));
    }
    var sigstore = namespace.extra(OptionalCrd.SIGSTORE_CLUSTER_IMAGE_POLICY).orElse(List.of());
    if (!sigstore.isEmpty()) {
      String policy = ObjectRefs.of(sigstore.get(0), namespace.name());
      return "true".equals(namespace.namespaceLabels().get(SIGSTORE_INCLUDE_LABEL))
          ? Verdict.pass("sigstore policy-controller verifies images: " + policy)
          : Verdict.manual(
              policy
                  + " exists, but the namespace is not labelled "
                  + SIGSTORE_INCLUDE_LABEL
                  + "=true, which policy-controller requires by default; label it, or attest an opt-out configuration");
    }
    if (INFO.optionalCrds().stream().anyMatch(namespace::serves)) {
      return Verdict.fail(
          "no image verification policy: no Kyverno policy with a verifyImages rule in Enforce mode"
              + " and no sigstore ClusterImagePolicy");
    }
    return Verdict.manual(
        "neither Kyverno nor sigstore policy-controller is installed; attest the image verifier in use");
  }
}
