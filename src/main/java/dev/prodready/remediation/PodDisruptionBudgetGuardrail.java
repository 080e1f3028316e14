package dev.prodready.remediation;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.check.CheckInfo;
import dev.prodready.check.evidence.Autoscalers;
import dev.prodready.check.resources.PdbCoverageCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * prodready-<kind>-<name>: one PDB per Deployment or StatefulSet running 2 or more replicas without
 * one. Never for a single replica (the PDB would block every node drain); a workload scaled down to
 * 1 loses the PDB the operator made. The replica count is the one the pdb-coverage check uses (an
 * HPA's minReplicas where one targets the workload, {@link Autoscalers#effectiveReplicas}), so the
 * guardrail and the check never disagree and an HPA scaling between 1 and N does not create and
 * delete PDBs with the load.
 */
public class PodDisruptionBudgetGuardrail implements Guardrail {

  @Override
  public CheckInfo check() {
    return PdbCoverageCheck.INFO;
  }

  @Override
  public String kind() {
    return "PodDisruptionBudget";
  }

  @Override
  public List<PodDisruptionBudget> objects(NamespaceSnapshot namespace) {
    return namespace.podDisruptionBudgets();
  }

  @Override
  public boolean enabled(RemediationSpec spec) {
    return Boolean.TRUE.equals(spec.getPodDisruptionBudgets().getEnabled());
  }

  @Override
  public List<Plan> plan(
      NamespaceSnapshot ns, RemediationSpec spec, ReadinessProfile owner, List<Plan> earlier) {
    var plans = new ArrayList<Plan>();
    String maxUnavailable = spec.getPodDisruptionBudgets().getMaxUnavailable();
    var theirPdbs =
        ns.podDisruptionBudgets().stream().filter(p -> !Managed.isOurs(p, owner)).toList();
    for (Workload w : ns.workloads()) {
      if (!w.kind().hasReplicas() || w.selector() == null) {
        continue;
      }
      String name = nameFor(w);
      var theirs = PdbCoverageCheck.coveringPdb(w, theirPdbs);
      if (theirs.isPresent()) {
        plans.add(
            Plan.exists(
                kind(), theirs.get().getMetadata().getName(), check(), w.ref() + " is covered"));
      } else if (!Autoscalers.effectiveReplicas(w, ns).replicated()) {
        continue;
      } else {
        var desired =
            new PodDisruptionBudgetBuilder()
                .withMetadata(Managed.metadata(name, owner))
                .withNewSpec()
                .withMaxUnavailable(intOrString(maxUnavailable))
                .withSelector(w.selector())
                .endSpec()
                .build();
        plans.add(
            Plan.planned(
                desired,
                check(),
                w.ref() + " " + Autoscalers.effectiveReplicas(w, ns).describe() + " without a PDB",
                Map.of("workload", w.ref(), "maxUnavailable", maxUnavailable)));
      }
    }
    return plans;
  }

  /**
   * The operator's PDBs whose workload no longer needs one (scaled down to a single replica, or
   * gone): each would block node drains or guard nothing.
   */
  @Override
  public List<Unwanted> unwanted(NamespaceSnapshot ns, ReadinessProfile owner, List<Plan> plans) {
    var wanted = plans.stream().filter(p -> p.desired() != null).map(Plan::name).toList();
    return ns.podDisruptionBudgets().stream()
        .filter(p -> Managed.isOurs(p, owner) && !wanted.contains(p.getMetadata().getName()))
        .map(
            p ->
                new Unwanted(
                    p,
                    "the workload no longer runs 2 or more replicas (a PDB would block node drains)"))
        .toList();
  }

  static String nameFor(Workload w) {
    String name = Managed.PREFIX + w.kind().lower() + "-" + w.name();
    return name.length() <= 253 ? name : name.substring(0, 253);
  }

  private static IntOrString intOrString(String value) {
    return value.endsWith("%") ? new IntOrString(value) : new IntOrString(Integer.parseInt(value));
  }
}
