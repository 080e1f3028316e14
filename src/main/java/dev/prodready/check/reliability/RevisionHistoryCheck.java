package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import jakarta.inject.Singleton;

/**
 * This is only a prerequisite of Reliability #10 ("rollback plan documented and tested", Critical),
 * never proof of it: a kept history does not show that anyone wrote or rehearsed the plan, so #10
 * stays the sign-off {@code rollback-plan-tested}. The check is therefore filed under the summary's
 * golden rule #7 ("every deployment has a documented rollback procedure"), whose {@code kubectl
 * rollout undo} needs the kept revisions, at Medium: a lighter, automated signal that cannot pass a
 * Critical item on its own.
 */
@Singleton
public class RevisionHistoryCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("revision-history", "Golden rule #7", Reliability, Medium)
          .title("Deployments, StatefulSets and DaemonSets keep old revisions to roll back to")
          .why(
              "A rollback needs an old revision to return to (revisionHistoryLimit 0 keeps none); the tested rollback procedure"
                  + " itself is signed off separately by the attestation rollback-plan-tested.")
          .hint("Remove spec.revisionHistoryLimit (the default keeps 10) or set it to 1 or more.")
          .appliesTo(Scope.LONG_RUNNING);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "spec.revisionHistoryLimit of Deployments, StatefulSets and DaemonSets unset (10) or at least 1. A prerequisite "
        + "of rollbacks only: the tested rollback plan (Reliability #10) is the sign-off rollback-plan-tested.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    Integer limit = null;
    if (workload.object() instanceof Deployment d) {
      limit = d.getSpec().getRevisionHistoryLimit();
    } else if (workload.object() instanceof StatefulSet s) {
      limit = s.getSpec().getRevisionHistoryLimit();
    } else if (workload.object() instanceof DaemonSet d) {
      limit = d.getSpec().getRevisionHistoryLimit();
    }
    if (limit == null) {
      return Verdict.pass("revisionHistoryLimit defaults to 10");
    }
    return limit > 0
        ? Verdict.pass("keeps " + limit + " old revisions")
        : Verdict.fail("revisionHistoryLimit is " + limit + ": no old revision to roll back to");
  }
}
