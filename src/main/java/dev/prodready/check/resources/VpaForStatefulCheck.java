package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class VpaForStatefulCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("vpa-for-stateful", "Resources #6", Resources, Medium)
          .title(
              "Every StatefulSet is the target of a VerticalPodAutoscaler (recommendation mode is enough)")
          .why(
              "Stateful workloads rarely scale out, so right-sized requests matter: a VPA recommends them from real usage.")
          .hint(
              "Create a VerticalPodAutoscaler whose spec.targetRef names the StatefulSet; updateMode: \"Off\" only recommends.")
          .requires(OptionalCrd.VERTICAL_POD_AUTOSCALER)
          .appliesTo(Scope.STATEFUL_SETS);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads VerticalPodAutoscalers (any updateMode, recommendation only included) whose targetRef "
        + "names the StatefulSet. NotApplicable while the VPA CRD is not served; never Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    return namespace.extraHere(OptionalCrd.VERTICAL_POD_AUTOSCALER).orElse(List.of()).stream()
        .filter(
            v ->
                "StatefulSet".equals(Unstructured.string(v, "spec", "targetRef", "kind"))
                    && workload.name().equals(Unstructured.string(v, "spec", "targetRef", "name")))
        .findFirst()
        .map(
            v ->
                Verdict.pass(
                    "evaluated by VerticalPodAutoscaler "
                        + Unstructured.name(v)
                        + " (updateMode "
                        + updateMode(v)
                        + ")"))
        .orElse(Verdict.fail("no VerticalPodAutoscaler targets it"));
  }

  private static String updateMode(GenericKubernetesResource vpa) {
    String mode = Unstructured.string(vpa, "spec", "updatePolicy", "updateMode");
    return mode.isEmpty() ? "Auto" : mode;
  }
}
