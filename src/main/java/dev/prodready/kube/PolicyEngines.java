package dev.prodready.kube;

import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;

/** Admission policy engines as seen from one namespace: Kyverno and OPA Gatekeeper policies that apply to it. */
public final class PolicyEngines {

  public static final String KYVERNO_CLUSTER_POLICY = "kyverno.io/ClusterPolicy";
  public static final String KYVERNO_POLICY = "kyverno.io/Policy";
  public static final String GATEKEEPER_CONSTRAINT_TEMPLATE = "templates.gatekeeper.sh/ConstraintTemplate";

  private PolicyEngines() {
  }

  /** Kyverno ClusterPolicies (they may apply anywhere) and the Policies of this namespace (they apply only here). */
  public static List<GenericKubernetesResource> kyvernoPolicies(NamespaceSnapshot namespace) {
    var policies = new ArrayList<GenericKubernetesResource>(namespace.extra(KYVERNO_CLUSTER_POLICY).orElse(List.of()));
    policies.addAll(namespace.extraHere(KYVERNO_POLICY).orElse(List.of()));
    return policies;
  }

  /** Whether a Kyverno policy has a rule that verifies image signatures (a non-empty verifyImages). */
  public static boolean verifiesImages(GenericKubernetesResource kyvernoPolicy) {
    return CustomResources.maps(kyvernoPolicy, "spec", "rules").stream()
        .anyMatch(rule -> CustomResources.at(rule, "verifyImages") instanceof List<?> l && !l.isEmpty());
  }
}
