package dev.prodready.check.cicd;

import static dev.prodready.api.v1alpha1.Category.CICD;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.WorkloadKind;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Hybrid. Evidence in the namespace: an Argo Rollout with analysis (canary background or step
 * analysis, blue-green pre- or post-promotion analysis), a Flagger Canary with test webhooks (any
 * {@code spec.analysis.webhooks} entry that is not a confirm-* gate or an event hook), or a Helm
 * test hook Job ({@code helm.sh/hook: test}). Helm test Pods are not read: the operator does not
 * watch Pods (their number would cost memory for one signal), so a chart whose test is a bare Pod
 * is attested. Fail: Rollouts or Canaries deploy here and none verifies the release, and no Helm
 * test Job exists. Manual (attestable): none of these objects; smoke tests may run in the pipeline.
 */
@Singleton
public class SmokeTestsCheck implements NamespaceCheck {

  static final String HELM_HOOK = "helm.sh/hook";

  static final CheckInfo INFO =
      CheckInfo.of("smoke-tests", "CI/CD #10", CICD, High)
          .title("Automated smoke tests verify every deployment")
          .why(
              "A rollout can be \"successful\" while the service returns errors; only a test of the live endpoint tells.")
          .hint(
              "Add analysis to the Argo Rollout, test webhooks to the Flagger Canary, or a Helm test hook Job; attest "
                  + "post-deploy smoke tests run by the pipeline.")
          .reads(OptionalCrd.ARGO_ROLLOUT, OptionalCrd.FLAGGER_CANARY)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "An Argo Rollout with analysis, a Flagger Canary with test webhooks, or a Job annotated helm.sh/hook: test "
        + "in the namespace; Fail when Rollouts or Canaries deploy here without any. Manual (attestable) when none of "
        + "these objects exists.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    var verified = new ArrayList<String>();
    var unverified = new ArrayList<String>();
    for (GenericKubernetesResource rollout :
        namespace.extraHere(OptionalCrd.ARGO_ROLLOUT).orElse(List.of())) {
      (rolloutAnalyses(rollout) ? verified : unverified)
          .add(ObjectRefs.of(rollout, namespace.name()));
    }
    for (GenericKubernetesResource canary :
        namespace.extraHere(OptionalCrd.FLAGGER_CANARY).orElse(List.of())) {
      (canaryTests(canary) ? verified : unverified).add(ObjectRefs.of(canary, namespace.name()));
    }
    namespace.workloads().stream()
        .filter(w -> w.kind() == WorkloadKind.Job)
        .filter(
            w -> w.annotations().getOrDefault(HELM_HOOK, "").matches(".*\\btest(-success)?\\b.*"))
        .forEach(w -> verified.add(w.ref() + " (Helm test hook)"));
    if (!verified.isEmpty()) {
      return Verdict.pass("releases verified by " + String.join(", ", verified));
    }
    if (!unverified.isEmpty()) {
      return Verdict.fail(
          "progressive delivery without automated verification: " + String.join(", ", unverified));
    }
    return Verdict.manual(
        "no Rollout analysis, Flagger webhook or Helm test hook Job in the namespace; attest the "
            + "pipeline's smoke tests");
  }

  private static boolean rolloutAnalyses(GenericKubernetesResource rollout) {
    if (Unstructured.has(rollout, "spec", "strategy", "canary", "analysis")
        || Unstructured.has(rollout, "spec", "strategy", "blueGreen", "prePromotionAnalysis")
        || Unstructured.has(rollout, "spec", "strategy", "blueGreen", "postPromotionAnalysis")) {
      return true;
    }
    return Unstructured.maps(rollout, "spec", "strategy", "canary", "steps").stream()
        .anyMatch(step -> Unstructured.has(step, "analysis"));
  }

  private static boolean canaryTests(GenericKubernetesResource canary) {
    return Unstructured.maps(canary, "spec", "analysis", "webhooks").stream()
        .anyMatch(
            hook -> {
              String type = Unstructured.string(hook, "type");
              String t = type.isEmpty() ? "rollout" : type;
              return Unstructured.has(hook, "url")
                  && !t.startsWith("confirm-")
                  && !t.equals("event");
            });
  }
}
