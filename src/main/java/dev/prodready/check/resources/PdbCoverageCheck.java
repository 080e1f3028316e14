package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.kube.LabelSelectors;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

@Singleton
public class PdbCoverageCheck implements WorkloadCheck {

  public static final CheckInfo INFO =
      CheckInfo.of("pdb-coverage", "Resources #7", Resources, High)
          .title("Every replicated workload is covered by a PodDisruptionBudget")
          .why("Without a PodDisruptionBudget a node drain may evict every replica at once.")
          .hint(
              "Create a policy/v1 PodDisruptionBudget (maxUnavailable: 1) whose selector matches the pod template labels.")
          .appliesTo(Scope.REPLICATED);

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

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
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
