package dev.prodready.check.observability;

import static dev.prodready.api.v1alpha1.Category.Observability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Dashboards turn metrics into something on-call can read during an incident. Grafana Operator
 * dashboards in the namespace pass when at least one has a dashboard source ({@code json}, {@code
 * gzipJson}, {@code url}, {@code configMapRef}, {@code grafanaCom}, {@code jsonnet}, {@code
 * jsonnetLib}); dashboards that all lack one fail. Dashboards kept elsewhere (Grafana itself, a
 * sidecar ConfigMap) cannot be seen, so without any GrafanaDashboard the item is left for
 * attestation instead of failing.
 */
@Singleton
public class GrafanaDashboardsCheck implements NamespaceCheck {

  static final List<String> SOURCES =
      List.of("json", "gzipJson", "url", "configMapRef", "grafanaCom", "jsonnet", "jsonnetLib");

  static final CheckInfo INFO =
      CheckInfo.of("grafana-dashboards", "Observability #3", Observability, High)
          .title("Grafana dashboards show the namespace's RED metrics (rate, errors, duration)")
          .why(
              "Without a dashboard on-call reads raw queries during an incident instead of seeing what changed.")
          .hint(
              "Create a GrafanaDashboard (Grafana Operator) in the namespace, or attest the dashboards kept in Grafana.")
          .reads(OptionalCrd.GRAFANA_DASHBOARD)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A GrafanaDashboard (Grafana Operator) in the namespace with a dashboard source (json, url, "
        + "configMapRef, grafanaCom...); Fail when all lack one. Manual (attestable) without any: "
        + "dashboards kept in Grafana cannot be seen.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<GenericKubernetesResource> here =
        namespace.extraHere(OptionalCrd.GRAFANA_DASHBOARD).orElse(List.of());
    List<String> names = here.stream().map(Unstructured::name).sorted().toList();
    if (here.stream()
        .anyMatch(d -> SOURCES.stream().anyMatch(s -> Unstructured.has(d, "spec", s)))) {
      return Verdict.pass("GrafanaDashboards: " + String.join(", ", names));
    }
    if (!here.isEmpty()) {
      return Verdict.fail(
          "no GrafanaDashboard defines a dashboard (json, url, configMapRef, grafanaCom...): "
              + String.join(", ", names));
    }
    String why =
        namespace.serves(OptionalCrd.GRAFANA_DASHBOARD)
            ? "no GrafanaDashboard in the namespace"
            : "the Grafana Operator (GrafanaDashboard CRD) is not installed";
    return Verdict.manual(
        why
            + "; dashboards kept in Grafana itself cannot be seen: attest them in spec.attestations");
  }
}
