package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import jakarta.inject.Singleton;

/** A rollback needs an old revision to go back to; with revisionHistoryLimit 0 there is none. */
@Singleton
public class RevisionHistoryCheck implements WorkloadCheck {

  static final CheckInfo INFO = new CheckInfo("revision-history", "Reliability #10", Reliability, Critical,
      "Deployments, StatefulSets and DaemonSets keep old revisions to roll back to",
      "A rollback needs an old revision to return to (revisionHistoryLimit 0 keeps none); the tested rollback procedure"
          + " itself is signed off separately by the attestation rollback-plan-tested.",
      "Remove spec.revisionHistoryLimit (the default keeps 10) or set it to 1 or more.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public boolean appliesTo(Workload workload) {
    return workload.kind().isLongRunning();
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
    return limit > 0 ? Verdict.pass("keeps " + limit + " old revisions")
        : Verdict.fail("revisionHistoryLimit is " + limit + ": no old revision to roll back to");
  }
}
