package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.CustomResources;
import dev.prodready.kube.PolicyEngines;
import dev.prodready.snapshot.NamespaceSnapshot;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * Without an admission policy engine, rules like "no :latest" or "limits required" are advice that nothing enforces.
 *
 * <p>A ConstraintTemplate counts without looking for its constraints (their kinds are defined by the templates, so no
 * fixed CRD can list them), and a Kyverno policy counts whatever its validationFailureAction (Audit only reports).
 */
@Singleton
public class AdmissionPoliciesCheck implements NamespaceCheck {

  private static final List<String> LOOKED_FOR = List.of(PolicyEngines.GATEKEEPER_CONSTRAINT_TEMPLATE,
      PolicyEngines.KYVERNO_CLUSTER_POLICY, PolicyEngines.KYVERNO_POLICY);

  static final CheckInfo INFO = new CheckInfo("admission-policies", "Security #17", Security, Medium,
      "An admission policy engine (OPA Gatekeeper or Kyverno) enforces policies",
      "Without an admission policy engine, rules like \"no :latest\" or \"limits required\" are advice nothing enforces.",
      "Install OPA Gatekeeper (ConstraintTemplates and constraints) or Kyverno (ClusterPolicies) and enforce "
          + "required labels, resource limits and pinned image tags.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Set<String> optionalCrds() {
    return Set.copyOf(LOOKED_FOR);
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    var templates = namespace.extra(PolicyEngines.GATEKEEPER_CONSTRAINT_TEMPLATE).orElse(List.of());
    if (!templates.isEmpty()) {
      return Verdict.pass("OPA Gatekeeper ConstraintTemplates: " + templates.size() + ", for example "
          + CustomResources.name(templates.get(0)));
    }
    var kyverno = PolicyEngines.kyvernoPolicies(namespace);
    if (!kyverno.isEmpty()) {
      return Verdict.pass("Kyverno policies: " + kyverno.size() + ", for example "
          + CustomResources.ref(kyverno.get(0), namespace.name()));
    }
    var served = LOOKED_FOR.stream().filter(namespace::serves).toList();
    return Verdict.fail("no admission policy found; looked for " + String.join(", ", LOOKED_FOR)
        + (served.isEmpty() ? " (none of these CRDs is served)"
            : " (served, but nothing applies here: " + String.join(", ", served) + ")"));
  }
}
