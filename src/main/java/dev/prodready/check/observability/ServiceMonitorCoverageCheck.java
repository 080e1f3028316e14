package dev.prodready.check.observability;

import static dev.prodready.api.v1alpha1.Category.Observability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.check.evidence.Monitors;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/**
 * Exposed metrics are worth nothing until Prometheus scrapes them; with the Prometheus Operator
 * that takes a ServiceMonitor or PodMonitor selecting the workload (matching rules in {@link
 * Monitors}).
 *
 * <p>Without those CRDs scraping may be configured otherwise (prometheus.io/scrape annotations read
 * by a file-configured Prometheus, a vendor agent): the item is Manual and can be signed off, never
 * NotApplicable, so a Critical item does not vanish from the gate.
 */
@Singleton
public class ServiceMonitorCoverageCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("service-monitor-coverage", "Observability #2", Observability, Critical)
          .title("Every long-running workload is scraped by a ServiceMonitor or PodMonitor")
          .why("Metrics nobody scrapes feed no dashboard and no alert.")
          .hint(
              "Create a ServiceMonitor selecting the workload's Service (or a PodMonitor selecting its pod labels); a monitor "
                  + "in another namespace needs spec.namespaceSelector.matchNames listing this one.")
          .reads(Monitors.CRDS)
          .appliesTo(Scope.LONG_RUNNING)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A ServiceMonitor selecting a Service that selects the workload's pods, or a PodMonitor selecting them, in "
        + "this namespace or one whose namespaceSelector names it. Manual (attestable) when neither CRD is served.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    if (!Monitors.served(namespace)) {
      return Verdict.manual(
          "neither the ServiceMonitor nor the PodMonitor CRD is served (no Prometheus Operator): "
              + "attest how the workloads are scraped");
    }
    return Monitors.covering(workload, namespace)
        .map(m -> Verdict.pass("scraped by " + m))
        .orElse(Verdict.fail("no ServiceMonitor or PodMonitor selects its pods"));
  }
}
