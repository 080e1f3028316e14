package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.kube.Autoscalers;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import dev.prodready.snapshot.WorkloadKind;
import jakarta.inject.Singleton;

/** A stateless service without an HPA cannot follow its load: it is either over-provisioned or overwhelmed. */
@Singleton
public class HpaForStatelessCheck implements WorkloadCheck {

  static final CheckInfo INFO = new CheckInfo("hpa-for-stateless", "Resources #5", Resources, High,
      "Every stateless Deployment is the target of a HorizontalPodAutoscaler",
      "A stateless service without an HPA cannot follow its load: it is either over-provisioned or overwhelmed.",
      "Create an autoscaling/v2 HorizontalPodAutoscaler whose scaleTargetRef names the Deployment.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads the namespace's autoscaling/v2 HorizontalPodAutoscalers: a Deployment passes when one "
        + "names it in scaleTargetRef. Applies to Deployments only; never Manual.";
  }

  @Override
  public boolean appliesTo(Workload workload) {
    return workload.kind() == WorkloadKind.Deployment;
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    return Autoscalers.targeting(workload, namespace).isPresent()
        ? Verdict.pass() : Verdict.fail("no HorizontalPodAutoscaler targets it");
  }
}
