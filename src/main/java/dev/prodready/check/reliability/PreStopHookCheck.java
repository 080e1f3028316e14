package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Container;
import jakarta.inject.Singleton;

/**
 * Endpoints are removed from load balancers asynchronously; without a preStop delay a terminating pod still receives
 * requests after it stopped listening. Only containers that declare ports serve traffic, so only they need the hook.
 */
@Singleton
public class PreStopHookCheck implements WorkloadCheck {

  static final CheckInfo INFO = new CheckInfo("prestop-hook", "Reliability #6", Reliability, Medium,
      "Containers that serve traffic have a preStop hook",
      "Load balancers deregister a terminating pod asynchronously; a preStop delay avoids errors during rollouts.",
      "Add lifecycle.preStop (for example a 5s sleep) to every container that declares ports.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads lifecycle.preStop of every app container that declares ports. Workloads without ports are "
        + "NotApplicable; never Manual.";
  }

  @Override
  public boolean appliesTo(Workload workload) {
    return workload.kind().isLongRunning();
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    var serving = workload.containers().stream().filter(c -> c.getPorts() != null && !c.getPorts().isEmpty()).toList();
    if (serving.isEmpty()) {
      return Verdict.notApplicable("no container declares ports");
    }
    var missing = serving.stream()
        .filter(c -> c.getLifecycle() == null || c.getLifecycle().getPreStop() == null)
        .map(Container::getName)
        .toList();
    return missing.isEmpty() ? Verdict.pass() : Verdict.fail("serving containers without preStop: " + String.join(", ", missing));
  }
}
