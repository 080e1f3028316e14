package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/** The implicit 30s grace period is a default nobody chose; long requests are cut off mid-flight on every rollout. */
@Singleton
public class TerminationGracePeriodCheck implements WorkloadCheck {

  static final CheckInfo INFO = new CheckInfo("termination-grace-period", "Reliability #5", Reliability, High,
      "terminationGracePeriodSeconds is set explicitly",
      "The implicit 30s grace period is a default nobody chose; long requests are cut off mid-flight on every rollout.",
      "Set spec.template.spec.terminationGracePeriodSeconds to the longest request or drain time plus margin.");

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
    Long seconds = workload.podSpec().getTerminationGracePeriodSeconds();
    if (seconds == null) {
      return Verdict.fail("terminationGracePeriodSeconds not set (implicit 30s)");
    }
    return seconds > 0 ? Verdict.pass() : Verdict.fail("terminationGracePeriodSeconds is 0: pods are killed at once");
  }
}
