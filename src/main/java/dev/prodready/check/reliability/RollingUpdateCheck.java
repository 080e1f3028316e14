package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import dev.prodready.snapshot.WorkloadKind;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import jakarta.inject.Singleton;

/** With maxUnavailable above zero a rollout removes serving capacity before the new pods are ready. */
@Singleton
public class RollingUpdateCheck implements WorkloadCheck {

  static final CheckInfo INFO = new CheckInfo("rolling-update-zero-unavailable", "Reliability #9", Reliability, High,
      "Deployments roll out with strategy RollingUpdate and maxUnavailable: 0",
      "With maxUnavailable above zero a rollout removes serving capacity before the new pods are ready.",
      "Set spec.strategy.type RollingUpdate with rollingUpdate.maxUnavailable: 0 and maxSurge: 1.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public boolean appliesTo(Workload workload) {
    return workload.kind() == WorkloadKind.Deployment;
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    DeploymentStrategy strategy = ((Deployment) workload.object()).getSpec().getStrategy();
    if (strategy != null && "Recreate".equals(strategy.getType())) {
      return Verdict.fail("strategy Recreate takes every pod down during a rollout");
    }
    IntOrString maxUnavailable = strategy == null || strategy.getRollingUpdate() == null
        ? null : strategy.getRollingUpdate().getMaxUnavailable();
    if (maxUnavailable == null) {
      return Verdict.fail("maxUnavailable not set (default 25%)");
    }
    return isZero(maxUnavailable) ? Verdict.pass() : Verdict.fail("maxUnavailable is " + render(maxUnavailable));
  }

  private static boolean isZero(IntOrString value) {
    if (value.getIntVal() != null) {
      return value.getIntVal() == 0;
    }
    String s = value.getStrVal();
    return s != null && (s.equals("0") || s.equals("0%"));
  }

  private static String render(IntOrString value) {
    return value.getIntVal() != null ? value.getIntVal().toString() : value.getStrVal();
  }
}
