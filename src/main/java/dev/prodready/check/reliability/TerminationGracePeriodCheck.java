package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/**
 * The implicit 30s grace period is a default nobody chose; long requests are cut off mid-flight on every rollout.
 * The API server writes the default into every stored object, so on a live cluster "not set" and "30" look the same:
 * both count as not chosen.
 */
@Singleton
public class TerminationGracePeriodCheck implements WorkloadCheck {

  static final long KUBERNETES_DEFAULT_SECONDS = 30;

  static final CheckInfo INFO = new CheckInfo("termination-grace-period", "Reliability #5", Reliability, High,
      "terminationGracePeriodSeconds is chosen for the app (set, and not the 30s default)",
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
    if (seconds == null || seconds == KUBERNETES_DEFAULT_SECONDS) {
      return Verdict.fail("terminationGracePeriodSeconds is the 30s default");
    }
    return seconds > 0 ? Verdict.pass() : Verdict.fail("terminationGracePeriodSeconds is 0: pods are killed at once");
  }
}
