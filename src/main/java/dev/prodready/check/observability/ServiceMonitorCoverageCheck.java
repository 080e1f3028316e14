package dev.prodready.check.observability;

import static dev.prodready.api.v1alpha1.Category.Observability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.kube.Monitors;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Exposed metrics are worth nothing until Prometheus scrapes them; with the Prometheus Operator that takes a
 * ServiceMonitor or PodMonitor selecting the workload (matching rules in {@link Monitors}).
 */
@Singleton
public class ServiceMonitorCoverageCheck implements WorkloadCheck {

  static final CheckInfo INFO = new CheckInfo("service-monitor-coverage", "Observability #2", Observability, Critical,
      "Every long-running workload is scraped by a ServiceMonitor or PodMonitor",
      "Metrics nobody scrapes feed no dashboard and no alert.",
      "Create a ServiceMonitor selecting the workload's Service (or a PodMonitor selecting its pod labels); a monitor "
          + "in another namespace needs spec.namespaceSelector.matchNames listing this one.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Set<String> optionalCrds() {
    return Monitors.CRDS;
  }

  @Override
  public boolean appliesTo(Workload workload) {
    return workload.kind().isLongRunning();
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    if (!Monitors.served(namespace)) {
      return Verdict.notApplicable("neither the ServiceMonitor nor the PodMonitor CRD is served (no Prometheus Operator)");
    }
    return Monitors.covering(workload, namespace).map(m -> Verdict.pass("scraped by " + m))
        .orElse(Verdict.fail("no ServiceMonitor or PodMonitor selects its pods"));
  }
}
