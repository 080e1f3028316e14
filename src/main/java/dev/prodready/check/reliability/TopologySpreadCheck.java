package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

@Singleton
public class TopologySpreadCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("topology-spread", "Reliability #8", Reliability, High)
          .title("Replicated workloads declare topologySpreadConstraints")
          .why(
              "Without spread constraints replicas may pile into one zone, and a zone outage takes the service down.")
          .hint(
              "Add topologySpreadConstraints (maxSkew 1, topologyKey topology.kubernetes.io/zone) selecting the workload's pods.")
          .appliesTo(Scope.REPLICATED);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads topologySpreadConstraints of the pod template. Applies to Deployments and StatefulSets "
        + "with at least 2 replicas (an HPA's minReplicas where one targets them); never Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    var constraints = workload.podSpec().getTopologySpreadConstraints();
    return constraints != null && !constraints.isEmpty()
        ? Verdict.pass()
        : Verdict.fail("no topologySpreadConstraints");
  }
}
