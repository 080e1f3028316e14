package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.check.evidence.Autoscalers;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.PodAntiAffinity;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Replicas scheduled on the same node all die with that node. */
@Singleton
public class PodAntiAffinityCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      new CheckInfo(
          "pod-anti-affinity",
          "Reliability #7",
          Reliability,
          High,
          "Replicated workloads declare pod anti-affinity",
          "Replicas scheduled on the same node all die with that node.",
          "Add affinity.podAntiAffinity (preferred, topologyKey kubernetes.io/hostname) selecting the workload's own pods.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads affinity.podAntiAffinity (required or preferred terms) of the pod template. Applies to "
        + "Deployments and StatefulSets with at least 2 replicas (an HPA's minReplicas where one targets "
        + "them); never Manual.";
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
    Optional<PodAntiAffinity> anti =
        Optional.ofNullable(workload.podSpec().getAffinity()).map(Affinity::getPodAntiAffinity);
    boolean declared =
        anti.map(
                a ->
                    notEmpty(a.getRequiredDuringSchedulingIgnoredDuringExecution())
                        || notEmpty(a.getPreferredDuringSchedulingIgnoredDuringExecution()))
            .orElse(false);
    return declared ? Verdict.pass() : Verdict.fail("no podAntiAffinity");
  }

  private static boolean notEmpty(List<?> terms) {
    return terms != null && !terms.isEmpty();
  }
}
