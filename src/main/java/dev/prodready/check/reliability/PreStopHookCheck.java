package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.check.evidence.Monitors;
import dev.prodready.check.evidence.ServiceTraffic;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Container;
import jakarta.inject.Singleton;

/**
 * Endpoints are removed from load balancers asynchronously; without a preStop delay a terminating
 * pod still receives requests after it stopped listening. Only containers that receive
 * load-balanced traffic need the hook ({@link ServiceTraffic}): a port a Service selecting the pod
 * routes to, or a hostPort. A port only probes or metrics scrapes reach (a metrics sidecar no
 * Service routes to, a controller's metrics Service its monitor scrapes), and a workload no Service
 * selects (a queue worker), have nothing to drain: NotApplicable, or no hook needed.
 */
@Singleton
public class PreStopHookCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("prestop-hook", "Reliability #6", Reliability, Medium)
          .title("Containers that serve traffic have a preStop hook")
          .why(
              "Load balancers deregister a terminating pod asynchronously; a preStop delay avoids errors during rollouts.")
          .hint(
              "Add lifecycle.preStop (for example a 5s sleep) to every container that declares ports.")
          .reads(Monitors.CRDS)
          .appliesTo(Scope.LONG_RUNNING);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads lifecycle.preStop of every app container with a port a selecting Service routes to (not a port "
        + "its Prometheus monitor scrapes) or a hostPort. Workloads without such a container (only probe, metrics or "
        + "no ports; no Service selecting them) are NotApplicable; never Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    boolean declaresPorts =
        workload.containers().stream()
            .anyMatch(c -> c.getPorts() != null && !c.getPorts().isEmpty());
    if (!declaresPorts) {
      return Verdict.notApplicable("no container declares ports");
    }
    var serving = ServiceTraffic.servingContainers(workload, namespace);
    if (serving.isEmpty()) {
      return Verdict.notApplicable(
          "no Service routes traffic to its ports and none is a hostPort (probes and "
              + "metrics scrapes need no draining)");
    }
    var missing =
        serving.stream()
            .filter(c -> c.getLifecycle() == null || c.getLifecycle().getPreStop() == null)
            .map(Container::getName)
            .toList();
    return missing.isEmpty()
        ? Verdict.pass()
        : Verdict.fail("serving containers without preStop: " + String.join(", ", missing));
  }
}
