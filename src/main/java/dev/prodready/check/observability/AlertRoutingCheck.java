package dev.prodready.check.observability;

import static dev.prodready.api.v1alpha1.Category.Observability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * A namespace-level AlertmanagerConfig with a receiver that has an integration ({@code
 * pagerdutyConfigs}, {@code slackConfigs}, {@code emailConfigs}, any {@code *Configs} list) passes;
 * one whose receivers send nowhere fails; routing kept in the global Alertmanager configuration
 * cannot be seen and is left for attestation.
 */
@Singleton
public class AlertRoutingCheck implements NamespaceCheck {

  static final CheckInfo INFO =
      CheckInfo.of("alert-routing", "Observability #5", Observability, Critical)
          .title("Alerts are routed to a receiver (PagerDuty, Slack, email...)")
          .why("An alert that reaches no receiver pages nobody; the outage is found by users.")
          .hint(
              "Create an AlertmanagerConfig in the namespace whose route sends to a receiver with pagerdutyConfigs, "
                  + "slackConfigs or emailConfigs, or attest the routing kept in the global Alertmanager configuration.")
          .reads(OptionalCrd.ALERTMANAGER_CONFIG)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "An AlertmanagerConfig in the namespace with a receiver that has an integration (*Configs); Fail "
        + "when its receivers send nowhere. Manual (attestable) without an AlertmanagerConfig: global "
        + "routing cannot be seen.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<GenericKubernetesResource> configs =
        namespace.extraHere(OptionalCrd.ALERTMANAGER_CONFIG).orElse(List.of());
    if (configs.isEmpty()) {
      return Verdict.manual(
          "no AlertmanagerConfig in the namespace; routing in the global Alertmanager configuration "
              + "cannot be seen: attest it in spec.attestations");
    }
    for (GenericKubernetesResource config : configs) {
      List<String> receivers =
          Unstructured.maps(config, "spec", "receivers").stream()
              .filter(AlertRoutingCheck::sendsSomewhere)
              .map(r -> Unstructured.string(r, "name"))
              .toList();
      if (!receivers.isEmpty()) {
        return Verdict.pass(
            ObjectRefs.of("alertmanagerconfig", Unstructured.name(config))
                + " routes to "
                + String.join(", ", receivers));
      }
    }
    return Verdict.fail(
        "no receiver with an integration in "
            + String.join(
                ", ",
                configs.stream()
                    .map(c -> ObjectRefs.of("alertmanagerconfig", Unstructured.name(c)))
                    .sorted()
                    .toList()));
  }

  /**
   * A receiver with at least one non-empty *Configs list (a receiver with only a name drops the
   * alerts).
   */
  private static boolean sendsSomewhere(Map<String, Object> receiver) {
    return receiver.entrySet().stream()
        .anyMatch(
            e ->
                e.getKey().endsWith("Configs")
                    && e.getValue() instanceof List<?> l
                    && !l.isEmpty());
  }
}
