package dev.prodready.check.observability;

import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.PrometheusRules;
import dev.prodready.check.evidence.PrometheusRules.Alert;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import java.util.List;

/**
 * A check on the alerting rules of the namespace's PrometheusRules. Manual while the PrometheusRule
 * CRD is not served: the alerts may live elsewhere.
 */
abstract class AlertRulesCheck implements NamespaceCheck {

  @Override
  public final Verdict evaluate(NamespaceSnapshot namespace) {
    if (!namespace.serves(OptionalCrd.PROMETHEUS_RULE)) {
      return Verdict.manual(PrometheusRules.NOT_SERVED);
    }
    return evaluate(PrometheusRules.alerts(namespace), namespace);
  }

  /** The verdict on the namespace's alerting rules (empty when it has none). */
  protected abstract Verdict evaluate(List<Alert> alerts, NamespaceSnapshot namespace);
}
