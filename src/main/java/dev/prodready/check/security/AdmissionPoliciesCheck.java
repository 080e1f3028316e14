package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.PolicyEngines;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Only policies that block count, since the checklist item is "enforces": a Gatekeeper constraint
 * whose enforcementAction is deny (the default) and whose match covers the namespace, or a Kyverno
 * ClusterPolicy (or Policy of this namespace) with a validate or verifyImages rule in Enforce mode
 * (rules in Audit, Kyverno's default, only report). A ConstraintTemplate alone enforces nothing: it
 * only defines a constraint kind. Constraint kinds are defined by the templates, so the operator
 * watches every kind of the constraints.gatekeeper.sh group once served. Kyverno's newer
 * ValidatingPolicy kinds and other tools' admission webhooks are not read; a namespace they cover
 * can be exempted with that reason.
 */
@Singleton
public class AdmissionPoliciesCheck implements NamespaceCheck {

  private static final List<OptionalCrd> LOOKED_FOR =
      List.of(
          OptionalCrd.GATEKEEPER_CONSTRAINT_TEMPLATE,
          OptionalCrd.KYVERNO_CLUSTER_POLICY,
          OptionalCrd.KYVERNO_POLICY);

  static final CheckInfo INFO =
      CheckInfo.of("admission-policies", "Security #17", Security, Medium)
          .title("An admission policy engine (OPA Gatekeeper or Kyverno) enforces policies")
          .why(
              "Without an admission policy engine, rules like \"no :latest\" or \"limits required\" are advice nothing enforces.")
          .hint(
              "Install OPA Gatekeeper (ConstraintTemplates plus constraints with enforcementAction deny) or Kyverno "
                  + "(ClusterPolicies with failureAction Enforce) and enforce required labels, resource limits and pinned tags.")
          .reads(
              OptionalCrd.GATEKEEPER_CONSTRAINT_TEMPLATE,
              OptionalCrd.GATEKEEPER_CONSTRAINTS,
              OptionalCrd.KYVERNO_CLUSTER_POLICY,
              OptionalCrd.KYVERNO_POLICY);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A Gatekeeper constraint with enforcementAction deny matching the namespace, or a Kyverno ClusterPolicy or "
        + "Policy here with a validate/verifyImages rule in Enforce mode; Audit, dryrun, warn and a ConstraintTemplate "
        + "without constraints do not count. Never Manual.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    var constraints = PolicyEngines.denyingConstraints(namespace);
    if (!constraints.isEmpty()) {
      return Verdict.pass(
          "OPA Gatekeeper constraints that deny here: "
              + constraints.size()
              + ", for example "
              + ObjectRefs.of(constraints.get(0).getKind(), Unstructured.name(constraints.get(0))));
    }
    var kyverno =
        PolicyEngines.kyvernoPolicies(namespace).stream()
            .filter(p -> PolicyEngines.enforces(p, namespace.name()))
            .toList();
    if (!kyverno.isEmpty()) {
      return Verdict.pass(
          "Kyverno policies in Enforce mode: "
              + kyverno.size()
              + ", for example "
              + ObjectRefs.of(kyverno.get(0), namespace.name()));
    }
    var served = LOOKED_FOR.stream().filter(namespace::serves).map(OptionalCrd::key).toList();
    if (served.isEmpty() && !PolicyEngines.servesConstraints(namespace)) {
      return Verdict.fail(
          "no admission policy found; looked for "
              + String.join(", ", LOOKED_FOR.stream().map(OptionalCrd::key).toList())
              + " (none of these CRDs is served)");
    }
    int templates =
        namespace.extra(OptionalCrd.GATEKEEPER_CONSTRAINT_TEMPLATE).orElse(List.of()).size();
    int kyvernoAll = PolicyEngines.kyvernoPolicies(namespace).size();
    return Verdict.fail(
        "no admission policy enforces here: "
            + templates
            + " ConstraintTemplates without a denying "
            + "constraint for this namespace, "
            + kyvernoAll
            + " Kyverno policies none of which is in Enforce mode "
            + "(served, but nothing applies here: "
            + String.join(", ", served)
            + ")");
  }
}
