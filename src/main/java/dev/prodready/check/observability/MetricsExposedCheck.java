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
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Exposure is recognised by a container port named {@code metrics}, {@code http-metrics} or {@code
 * *-metrics}, the {@code prometheus.io/scrape: "true"} pod annotation, or a ServiceMonitor /
 * PodMonitor that scrapes the pods.
 */
@Singleton
public class MetricsExposedCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("metrics-exposed", "Observability #1", Observability, Critical)
          .title("Every long-running workload exposes Prometheus metrics")
          .why(
              "A service without metrics is invisible to dashboards and alerts: failures are found by users, not by on-call.")
          .hint(
              "Expose /metrics on a container port named metrics (or http-metrics) and scrape it with a ServiceMonitor "
                  + "or PodMonitor, or annotate the pod template prometheus.io/scrape: \"true\".")
          .reads(Monitors.CRDS)
          .appliesTo(Scope.LONG_RUNNING);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Per long-running workload: a container port named metrics/http-metrics/*-metrics, the "
        + "prometheus.io/scrape pod annotation, or a ServiceMonitor/PodMonitor scraping its pods. Never "
        + "Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    Optional<String> port =
        workload.containers().stream()
            .flatMap(
                c ->
                    ports(c).stream()
                        .filter(p -> isMetricsPort(p.getName()))
                        .map(p -> c.getName() + ":" + p.getName()))
            .findFirst();
    if (port.isPresent()) {
      return Verdict.pass("metrics port " + port.get());
    }
    if ("true".equals(workload.podAnnotations().get("prometheus.io/scrape"))) {
      return Verdict.pass("pod annotation prometheus.io/scrape");
    }
    return Monitors.covering(workload, namespace)
        .map(m -> Verdict.pass("scraped by " + m))
        .orElse(
            Verdict.fail(
                "no metrics port, no prometheus.io/scrape annotation, no ServiceMonitor or PodMonitor"));
  }

  static boolean isMetricsPort(String name) {
    return name != null && (name.equals("metrics") || name.endsWith("-metrics"));
  }

  private static List<ContainerPort> ports(Container container) {
    return container.getPorts() == null ? List.of() : container.getPorts();
  }
}
