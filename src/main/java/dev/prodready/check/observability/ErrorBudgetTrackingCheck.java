package dev.prodready.check.observability;

import static dev.prodready.api.v1alpha1.Category.Observability;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Hybrid. Evidence: an SLO object in the namespace that alerts on error-budget burn rate. Pyrra
 * generates multi-window burn-rate alerts for every ServiceLevelObjective unless {@code
 * spec.alerting.disabled} is true or {@code spec.alerting.burnrates} is false; Sloth generates them
 * for each SLO of a PrometheusServiceLevel unless both {@code alerting.pageAlert.disable} and
 * {@code alerting.ticketAlert.disable} are true. Fail: Sloth or Pyrra is installed and no SLO here
 * alerts on burn rate (none defined, or all with alerting switched off). Manual (attestable):
 * neither tool is installed; budgets may be tracked in another tool.
 */
@Singleton
public class ErrorBudgetTrackingCheck implements NamespaceCheck {

  private static final OptionalCrd SLOTH = OptionalCrd.SLOTH_SERVICE_LEVEL;
  private static final OptionalCrd PYRRA = OptionalCrd.PYRRA_SLO;

  static final CheckInfo INFO =
      CheckInfo.of("error-budget-tracking", "Observability #11", Observability, Medium)
          .title("Error budgets are tracked and drive alerting")
          .why("An SLO without a budget gives no signal about when to slow down releases.")
          .hint(
              "Define SLOs with Pyrra or Sloth and keep their burn-rate alerts on (multi-window); attest budgets tracked in "
                  + "another tool with the dashboard or policy.")
          .reads(SLOTH, PYRRA)
          .allowsAttestation(Duration.ofDays(180));

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A Pyrra ServiceLevelObjective or Sloth PrometheusServiceLevel in the namespace with burn-rate alerting on; "
        + "Fail when either tool is installed and no SLO here alerts. Manual (attestable, 180 days) when neither is.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    if (!namespace.serves(SLOTH) && !namespace.serves(PYRRA)) {
      return Verdict.manual(
          "neither Pyrra nor Sloth is installed; attest how error budgets are tracked");
    }
    var alerting = new ArrayList<String>();
    var silent = new ArrayList<String>();
    for (GenericKubernetesResource slo : namespace.extraHere(PYRRA).orElse(List.of())) {
      boolean off =
          Unstructured.isTrue(slo, "spec", "alerting", "disabled")
              || Unstructured.isFalse(slo, "spec", "alerting", "burnrates");
      (off ? silent : alerting).add(ObjectRefs.of(slo, namespace.name()));
    }
    for (GenericKubernetesResource service : namespace.extraHere(SLOTH).orElse(List.of())) {
      boolean any =
          Unstructured.maps(service, "spec", "slos").stream()
              .anyMatch(ErrorBudgetTrackingCheck::slothAlerts);
      (any ? alerting : silent).add(ObjectRefs.of(service, namespace.name()));
    }
    if (!alerting.isEmpty()) {
      return Verdict.pass("burn-rate alerts from " + String.join(", ", alerting));
    }
    return Verdict.fail(
        silent.isEmpty()
            ? "no Pyrra or Sloth SLO in the namespace, so no error budget is tracked"
            : "SLOs with burn-rate alerting switched off: " + String.join(", ", silent));
  }

  private static boolean slothAlerts(Object slo) {
    boolean pageOff = Unstructured.isTrue(slo, "alerting", "pageAlert", "disable");
    boolean ticketOff = Unstructured.isTrue(slo, "alerting", "ticketAlert", "disable");
    return Unstructured.has(slo, "alerting") && !(pageOff && ticketOff);
  }
}
