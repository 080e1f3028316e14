package dev.prodready.remediation;

import dev.prodready.api.v1alpha1.PrometheusRuleRemediation;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.check.CheckInfo;
import dev.prodready.check.evidence.PrometheusRules;
import dev.prodready.check.observability.AlertingRulesCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * prodready-alerts: the checklist's must-have alerts, scoped to the namespace and grouped per
 * workload (error rate and latency per workload; crash looping, OOM kills, full PVCs and expiring
 * certificates for the namespace), each with a severity, and a runbook_url when
 * spec.remediation.prometheusRules.runbookBaseURL is set. Only when the PrometheusRule CRD is
 * served and the namespace has no PrometheusRule: the namespace's own rules covering error rate,
 * latency and saturation make it stand down (the alerting-rules check passes), and own rules that
 * miss an aspect make it skip (the team runs its own alerting; a second set would page twice).
 *
 * <p>There is deliberately no default base URL: a generated placeholder link would make
 * alerts-have-runbooks pass with no runbook behind it. Without a base the alerts are still created
 * (alerting-rules is served) and alerts-have-runbooks fails until the team links its own runbooks.
 */
public class PrometheusRuleGuardrail implements Guardrail {

  static final String NAME = Managed.PREFIX + "alerts";

  @Override
  public CheckInfo check() {
    return AlertingRulesCheck.INFO;
  }

  @Override
  public String kind() {
    return "PrometheusRule";
  }

  @Override
  public List<GenericKubernetesResource> objects(NamespaceSnapshot namespace) {
    return namespace.extraHere(OptionalCrd.PROMETHEUS_RULE).orElse(List.of());
  }

  @Override
  public boolean enabled(RemediationSpec spec) {
    return Boolean.TRUE.equals(spec.getPrometheusRules().getEnabled());
  }

  @Override
  public List<Plan> plan(
      NamespaceSnapshot ns, RemediationSpec spec, ReadinessProfile owner, List<Plan> earlier) {
    var rules = ns.extraHere(OptionalCrd.PROMETHEUS_RULE);
    if (rules.isEmpty()) {
      return List.of(
          Plan.skipped(
              kind(),
              NAME,
              check(),
              "the monitoring.coreos.com/v1 PrometheusRule CRD is not served"));
    }
    var theirs = rules.get().stream().filter(r -> !Managed.isOurs(r, owner)).toList();
    List<String> uncovered = AlertingRulesCheck.uncovered(PrometheusRules.alerts(theirs));
    if (uncovered.isEmpty()) {
      return List.of(
          Plan.exists(
              kind(),
              theirs.get(0).getMetadata().getName(),
              check(),
              "the namespace's own PrometheusRules alert on error rate, latency and saturation"));
    }
    if (!theirs.isEmpty()) {
      return List.of(
          Plan.skipped(
              kind(),
              NAME,
              check(),
              "the namespace has its own PrometheusRules (no alert on "
                  + String.join(", ", uncovered)
                  + "): prodready adds no alerts beside a team's own, which could page twice"));
    }
    var settings = spec.getPrometheusRules();
    var groups = new ArrayList<Map<String, Object>>();
    for (Workload w : ns.workloads()) {
      if (w.kind().isLongRunning()) {
        groups.add(
            group(
                ns.name() + "." + w.kind().lower() + "." + w.name(),
                workloadAlerts(ns.name(), w, settings)));
      }
    }
    groups.add(group(ns.name() + ".namespace", namespaceAlerts(ns.name(), settings)));
    var desired = new GenericKubernetesResource();
    desired.setApiVersion(OptionalCrd.PROMETHEUS_RULE.group() + "/v1");
    desired.setKind("PrometheusRule");
    desired.setMetadata(Managed.metadata(NAME, owner));
    desired.setAdditionalProperty("spec", Map.of("groups", groups));
    String base = settings.getRunbookBaseURL();
    boolean linked = base != null && !base.isBlank();
    return List.of(
        Plan.planned(
            desired,
            check(),
            "no PrometheusRule in the namespace"
                + (linked ? "" : "; no runbookBaseURL set, so the alerts carry no runbook_url"),
            Map.of(
                "groups",
                String.valueOf(groups.size()),
                "runbookBaseURL",
                linked ? base : "(unset)")));
  }

  /** The value the alerts use to pick a workload's series: its app label, or its name. */
  static String appOf(Workload w) {
    return w.podLabels()
        .getOrDefault("app.kubernetes.io/name", w.podLabels().getOrDefault("app", w.name()));
  }

  /** Error rate and p99 latency of one workload's HTTP series. */
  private static List<Map<String, Object>> workloadAlerts(
      String ns, Workload w, PrometheusRuleRemediation s) {
    String selector = "namespace=\"" + ns + "\",app=\"" + appOf(w) + "\"";
    return List.of(
        alert(
            "HighErrorRate",
            "sum(rate(http_requests_total{"
                + selector
                + ",status=~\"5..\"}[5m]))\n/\n"
                + "sum(rate(http_requests_total{"
                + selector
                + "}[5m]))\n> "
                + s.getErrorRateThreshold(),
            "5m",
            "critical",
            "High 5xx error rate (> " + s.getErrorRateThreshold() + ") for " + w.ref(),
            s,
            w),
        alert(
            "HighLatency",
            "histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket{"
                + selector
                + "}[5m])) by (le))\n> "
                + s.getLatencyP99Seconds(),
            "5m",
            "warning",
            "P99 latency > " + s.getLatencyP99Seconds() + "s for " + w.ref(),
            s,
            w));
  }

  private static List<Map<String, Object>> namespaceAlerts(String ns, PrometheusRuleRemediation s) {
    String scope = "namespace=\"" + ns + "\"";
    return List.of(
        alert(
            "PodCrashLooping",
            "increase(kube_pod_container_status_restarts_total{" + scope + "}[1h]) > 3",
            "5m",
            "critical",
            "Pod {{ $labels.pod }} is crash looping",
            s),
        alert(
            "PodOOMKilled",
            "kube_pod_container_status_last_terminated_reason{"
                + scope
                + ",reason=\"OOMKilled\"} == 1",
            "0m",
            "critical",
            "Pod {{ $labels.pod }} was OOMKilled",
            s),
        alert(
            "PVCAlmostFull",
            "kubelet_volume_stats_used_bytes{"
                + scope
                + "}\n/\nkubelet_volume_stats_capacity_bytes{"
                + scope
                + "}\n> "
                + s.getPvcUsageThreshold(),
            "10m",
            "warning",
            "PVC {{ $labels.persistentvolumeclaim }} is > " + s.getPvcUsageThreshold() + " full",
            s),
        alert(
            "CertificateExpiringSoon",
            "(certmanager_certificate_expiration_timestamp_seconds{exported_namespace=\""
                + ns
                + "\"} - time()) / 86400 < "
                + s.getCertificateExpiryDays(),
            "1h",
            "warning",
            "Certificate {{ $labels.name }} expires in < " + s.getCertificateExpiryDays() + " days",
            s));
  }

  private static Map<String, Object> group(String name, List<Map<String, Object>> rules) {
    var g = new LinkedHashMap<String, Object>();
    g.put("name", name);
    g.put("rules", rules);
    return g;
  }

  private static Map<String, Object> alert(
      String name,
      String expr,
      String forDuration,
      String severity,
      String summary,
      PrometheusRuleRemediation s) {
    return alert(name, expr, forDuration, severity, summary, s, null);
  }

  /**
   * Per-workload alerts carry the workload as a label: same name and labels twice would be
   * duplicate rules.
   */
  private static Map<String, Object> alert(
      String name,
      String expr,
      String forDuration,
      String severity,
      String summary,
      PrometheusRuleRemediation s,
      Workload workload) {
    var a = new LinkedHashMap<String, Object>();
    a.put("alert", name);
    a.put("expr", expr);
    a.put("for", forDuration);
    a.put(
        "labels",
        workload == null
            ? Map.of("severity", severity)
            : Map.of("severity", severity, "workload", workload.ref()));
    String base = s.getRunbookBaseURL();
    a.put(
        "annotations",
        base == null || base.isBlank()
            ? Map.of("summary", summary)
            : Map.of("summary", summary, "runbook_url", runbook(base, name)));
    return a;
  }

  /** HighErrorRate -> <base>/high-error-rate. */
  static String runbook(String base, String alert) {
    String kebab =
        alert
            .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
            .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
            .toLowerCase();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + kebab;
  }
}
