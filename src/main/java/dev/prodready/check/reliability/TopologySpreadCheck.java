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
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Without spread constraints replicas may pile into one zone, and a zone outage takes the service
 * down.
 */
@Singleton
public class TopologySpreadCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      new CheckInfo(
          "topology-spread",
          "Reliability #8",
          Reliability,
          High,
          "Replicated workloads declare topologySpreadConstraints",
          "Without spread constraints replicas may pile into one zone, and a zone outage takes the service down.",
          "Add topologySpreadConstraints (maxSkew 1, topologyKey topology.kubernetes.io/zone) selecting the workload's pods.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads topologySpreadConstraints of the pod template. Applies to Deployments and StatefulSets "
        + "with at least 2 replicas (an HPA's minReplicas where one targets them); never Manual.";
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
    var constraints = workload.podSpec().getTopologySpreadConstraints();
    return constraints != null && !constraints.isEmpty()
        ? Verdict.pass()
        : Verdict.fail("no topologySpreadConstraints");
  }
}
