package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.check.evidence.Autoscalers;
import dev.prodready.kube.LabelSelectors;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Without a PodDisruptionBudget a node drain may evict every replica at once. */
@Singleton
public class PdbCoverageCheck implements WorkloadCheck {

  public static final CheckInfo INFO =
      new CheckInfo(
          "pdb-coverage",
          "Resources #7",
          Resources,
          High,
          "Every replicated workload is covered by a PodDisruptionBudget",
          "Without a PodDisruptionBudget a node drain may evict every replica at once.",
          "Create a policy/v1 PodDisruptionBudget (maxUnavailable: 1) whose selector matches the pod template labels.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads PodDisruptionBudgets whose selector matches the pod template labels. Applies to "
        + "Deployments and StatefulSets with at least 2 replicas (an HPA's minReplicas where one targets "
        + "them); others are NotApplicable. Never Manual.";
  }

  /**
   * Argo Rollouts: a Deployment run by a Rollout (workloadRef) has the Rollout's replicas and HPA.
   */
  @Override
  public Set<OptionalCrd> optionalCrds() {
    return Set.of(OptionalCrd.ARGO_ROLLOUT);
  }

  /**
   * Judged at the replica count the workload is guaranteed (an HPA's minReplicas where one targets
   * it).
   */
  @Override
  public boolean appliesTo(Workload workload) {
    return workload.kind().hasReplicas();
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    if (!Autoscalers.replicated(workload, namespace)) {
      return Verdict.notApplicable(Autoscalers.SINGLE_REPLICA);
    }
    return coveringPdb(workload, namespace.podDisruptionBudgets())
        .map(pdb -> Verdict.pass("covered by " + pdb.getMetadata().getName()))
        .orElse(Verdict.fail("no PodDisruptionBudget selects its pods"));
  }

  /**
   * The first PDB selecting the workload's pods; the rule of this check and of the
   * PodDisruptionBudget guardrail (which creates none for a workload that has one).
   */
  public static Optional<PodDisruptionBudget> coveringPdb(
      Workload workload, List<PodDisruptionBudget> pdbs) {
    return pdbs.stream()
        .filter(
            pdb ->
                pdb.getSpec() != null
                    && LabelSelectors.matches(pdb.getSpec().getSelector(), workload.podLabels()))
        .findFirst();
  }
}
