package dev.prodready.check.evidence;

import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerting rules (rules with {@code alert:}) of the PrometheusRules in a namespace; recording
 * rules are left out.
 */
public final class PrometheusRules {

  public static final String NOT_SERVED =
      "the PrometheusRule CRD is not served (no Prometheus Operator): alerts may be "
          + "defined in another tool; attest them in spec.attestations";

  /**
   * One alerting rule.
   *
   * @param rule the PrometheusRule holding it, as "prometheusrule/name"
   * @param runbookUrl annotations.runbook_url, or null
   */
  public record Alert(String rule, String name, String expr, String runbookUrl) {}

  private PrometheusRules() {}

  /**
   * Whether the namespace has PrometheusRule objects at all (false also when the CRD is not
   * served).
   */
  public static boolean anyHere(NamespaceSnapshot namespace) {
    return !namespace.extraHere(OptionalCrd.PROMETHEUS_RULE).orElse(List.of()).isEmpty();
  }

  public static List<Alert> alerts(NamespaceSnapshot namespace) {
    return alerts(namespace.extraHere(OptionalCrd.PROMETHEUS_RULE).orElse(List.of()));
  }

  public static List<Alert> alerts(List<GenericKubernetesResource> rules) {
    var alerts = new ArrayList<Alert>();
    for (GenericKubernetesResource rule : rules) {
      String ref = ObjectRefs.of("prometheusrule", Unstructured.name(rule));
      for (var group : Unstructured.maps(rule, "spec", "groups")) {
        for (var r : Unstructured.maps(group, "rules")) {
          String name = Unstructured.string(r, "alert");
          if (!name.isEmpty()) {
            alerts.add(
                new Alert(
                    ref,
                    name,
                    Unstructured.string(r, "expr"),
                    Unstructured.string(r, "annotations", "runbook_url")));
          }
        }
      }
    }
    return alerts;
  }
}
