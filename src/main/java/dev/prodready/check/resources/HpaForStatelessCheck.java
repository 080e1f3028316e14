package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.check.evidence.Autoscalers;
import dev.prodready.check.evidence.LeaderElection;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/**
 * A Deployment run by an Argo Rollout through workloadRef is scaled through the Rollout, so an HPA
 * targeting the Rollout counts ({@link Autoscalers#targeting}). A leader-elected controller ({@link
 * LeaderElection}: a leader-election flag on its command line, or a Role bound to its
 * ServiceAccount that writes coordination.k8s.io leases) is NotApplicable: one replica does the
 * work and the others are standbys, so more replicas add no capacity and an HPA has nothing to
 * scale (its replica count is judged by min-replicas instead).
 */
@Singleton
public class HpaForStatelessCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("hpa-for-stateless", "Resources #5", Resources, High)
          .title("Every stateless Deployment is the target of a HorizontalPodAutoscaler")
          .why(
              "A stateless service without an HPA cannot follow its load: it is either over-provisioned or overwhelmed.")
          .hint(
              "Create an autoscaling/v2 HorizontalPodAutoscaler whose scaleTargetRef names the Deployment.")
          .reads(OptionalCrd.ARGO_ROLLOUT)
          .appliesTo(Scope.DEPLOYMENTS);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads the namespace's autoscaling/v2 HorizontalPodAutoscalers: a Deployment passes when one "
        + "names it (or the Argo Rollout that runs it through workloadRef) in scaleTargetRef. Applies to Deployments "
        + "only; NotApplicable for leader-elected controllers (leader-election flag, or a bound Role writing "
        + "Leases): standbys add no capacity. Never Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    var hpa = Autoscalers.targeting(workload, namespace);
    if (hpa.isPresent()) {
      String target = hpa.get().getSpec().getScaleTargetRef().getKind();
      return target.equals("Rollout")
          ? Verdict.pass(
              "HorizontalPodAutoscaler "
                  + hpa.get().getMetadata().getName()
                  + " scales the Rollout that runs it (workloadRef)")
          : Verdict.pass();
    }
    var leader = LeaderElection.evidence(workload, namespace);
    if (leader.isPresent()) {
      return Verdict.notApplicable(
          "leader-elected controller ("
              + leader.get()
              + "): extra replicas are standbys, "
              + "not capacity");
    }
    return Verdict.fail("no HorizontalPodAutoscaler targets it");
  }
}
