package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.PodAntiAffinity;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

@Singleton
public class PodAntiAffinityCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("pod-anti-affinity", "Reliability #7", Reliability, High)
          .title("Replicated workloads declare pod anti-affinity")
          .why("Replicas scheduled on the same node all die with that node.")
          .hint(
              "Add affinity.podAntiAffinity (preferred, topologyKey kubernetes.io/hostname) selecting the workload's own pods.")
          .appliesTo(Scope.REPLICATED);

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

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
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
