package dev.prodready.check.observability;

import static dev.prodready.api.v1alpha1.Category.Observability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.PrometheusRules.Alert;
import dev.prodready.kube.Placeholders;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every alerting rule of the namespace's PrometheusRules must carry {@code annotations.runbook_url}
 * with a real link: an example.com-style placeholder, a to-do marker or a non-URL is no runbook
 * (rules {@link Placeholders}). Whether the page behind a real link is any good cannot be seen.
 * Without the PrometheusRule CRD the item is Manual (attestable), like alerting-rules: it is
 * Critical and must not vanish from the gate.
 */
@Singleton
public class AlertsHaveRunbooksCheck extends AlertRulesCheck {

  static final CheckInfo INFO =
      CheckInfo.of("alerts-have-runbooks", "Observability #12", Observability, Critical)
          .title("Every alert links its on-call runbook (annotations.runbook_url)")
          .why(
              "An alert without a runbook leaves on-call guessing what to check and how to mitigate.")
          .hint(
              "Add annotations.runbook_url to every alerting rule, pointing at the step-by-step runbook for that alert "
                  + "(a real page, not an example.com placeholder).")
          .reads(OptionalCrd.PROMETHEUS_RULE)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "annotations.runbook_url on every alerting rule of the namespace's PrometheusRules, an http(s) link that "
        + "is not a placeholder (example.com/.org/.net, *.example, localhost, TODO...). NotApplicable without alerting "
        + "rules; Manual (attestable) when the PrometheusRule CRD is not served.";
  }

  @Override
  protected Verdict evaluate(List<Alert> alerts, NamespaceSnapshot namespace) {
    if (alerts.isEmpty()) {
      return Verdict.notApplicable("no alerting rule in the namespace's PrometheusRules");
    }
    var missing =
        alerts.stream()
            .filter(a -> Placeholders.whyNotALink(a.runbookUrl()) != null)
            .collect(
                Collectors.groupingBy(
                    Alert::rule,
                    TreeMap::new,
                    Collectors.mapping(
                        a ->
                            a.name()
                                + (a.runbookUrl() == null || a.runbookUrl().isBlank()
                                    ? ""
                                    : " (" + Placeholders.whyNotALink(a.runbookUrl()) + ")"),
                        Collectors.toList())));
    if (missing.isEmpty()) {
      return Verdict.pass("all " + alerts.size() + " alerts have a runbook_url");
    }
    int count = missing.values().stream().mapToInt(List::size).sum();
    return Verdict.fail(
        count
            + " of "
            + alerts.size()
            + " alerts have no real runbook_url: "
            + missing.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; ")));
  }
}
