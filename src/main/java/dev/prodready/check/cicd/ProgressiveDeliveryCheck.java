package dev.prodready.check.cicd;

import static dev.prodready.api.v1alpha1.Category.CICD;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class ProgressiveDeliveryCheck implements NamespaceCheck {

  static final CheckInfo INFO =
      CheckInfo.of("progressive-delivery", "CI/CD #5", CICD, Medium)
          .title(
              "Releases roll out progressively (canary or blue-green) with Argo Rollouts or Flagger")
          .why(
              "A release that reaches every user at once turns each bad build into a full outage; a canary limits the blast radius.")
          .hint(
              "Convert the Deployment to an Argo Rollout with a canary or blueGreen strategy, or add a Flagger Canary; attest "
                  + "another progressive-delivery tool (service mesh, Spinnaker...).")
          .reads(OptionalCrd.ARGO_ROLLOUT, OptionalCrd.FLAGGER_CANARY)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "An Argo Rollout or a Flagger Canary in the namespace; Fail when either tool is installed and "
        + "neither is used here. Manual (attestable) when neither tool is installed.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    for (OptionalCrd crd : List.of(OptionalCrd.ARGO_ROLLOUT, OptionalCrd.FLAGGER_CANARY)) {
      var used = namespace.extraHere(crd).orElse(List.of());
      if (!used.isEmpty()) {
        return Verdict.pass(
            "progressive delivery with " + ObjectRefs.of(used.get(0), namespace.name()));
      }
    }
    if (namespace.serves(OptionalCrd.ARGO_ROLLOUT)
        || namespace.serves(OptionalCrd.FLAGGER_CANARY)) {
      return Verdict.fail(
          "Argo Rollouts or Flagger is installed but no Rollout or Canary is used in the namespace");
    }
    return Verdict.manual(
        "neither Argo Rollouts nor Flagger is installed; attest the canary or blue-green process used");
  }
}
