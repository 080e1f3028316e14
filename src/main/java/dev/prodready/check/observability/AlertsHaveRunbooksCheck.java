package dev.prodready.check.observability;

import static dev.prodready.api.v1alpha1.Category.Observability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.PrometheusRules;
import dev.prodready.kube.PrometheusRules.Alert;
import dev.prodready.snapshot.NamespaceSnapshot;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An alert without a runbook leaves on-call guessing at 3 a.m. Every alerting rule of the namespace's PrometheusRules
 * must carry {@code annotations.runbook_url}; whether the page behind it is any good cannot be seen.
 */
@Singleton
public class AlertsHaveRunbooksCheck implements NamespaceCheck {

  static final CheckInfo INFO = new CheckInfo("alerts-have-runbooks", "Observability #12", Observability, Critical,
      "Every alert links its on-call runbook (annotations.runbook_url)",
      "An alert without a runbook leaves on-call guessing what to check and how to mitigate.",
      "Add annotations.runbook_url to every alerting rule, pointing at the step-by-step runbook for that alert.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Set<String> requiredCrds() {
    return Set.of(PrometheusRules.PROMETHEUS_RULE);
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<Alert> alerts = PrometheusRules.alerts(namespace);
    if (alerts.isEmpty()) {
      return Verdict.notApplicable("no alerting rule in the namespace's PrometheusRules");
    }
    var missing = alerts.stream().filter(a -> a.runbookUrl() == null || a.runbookUrl().isBlank())
        .collect(Collectors.groupingBy(Alert::rule, TreeMap::new, Collectors.mapping(Alert::name, Collectors.toList())));
    if (missing.isEmpty()) {
      return Verdict.pass("all " + alerts.size() + " alerts have a runbook_url");
    }
    int count = missing.values().stream().mapToInt(List::size).sum();
    return Verdict.fail(count + " of " + alerts.size() + " alerts have no runbook_url: " + missing.entrySet().stream()
        .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).collect(Collectors.joining("; ")));
  }
}
