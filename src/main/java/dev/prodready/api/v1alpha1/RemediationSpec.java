package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;

/**
 * Opt-in creation of missing guardrails. Each guardrail is switched on separately. Created objects
 * are labelled app.kubernetes.io/managed-by=prodready and owned by the profile (deleting the
 * profile deletes them); removing the label hands an object over to the user, and the operator
 * never touches an object it did not create.
 */
public class RemediationSpec {

  @Default("Off")
  @JsonPropertyDescription(
      "Off (default): nothing is planned or created, objects created earlier stay. DryRun: "
          + "status.remediation lists what Enforce would create. Enforce: missing guardrails are created.")
  private RemediationMode mode = RemediationMode.Off;

  @JsonPropertyDescription("A ResourceQuota when the namespace has none.")
  private ResourceQuotaRemediation resourceQuota = new ResourceQuotaRemediation();

  @JsonPropertyDescription("A LimitRange with container defaults when the namespace has none.")
  private LimitRangeRemediation limitRange = new LimitRangeRemediation();

  @JsonPropertyDescription(
      "A default-deny NetworkPolicy (and a DNS egress allowance) when the namespace has none.")
  private NetworkPolicyRemediation networkPolicy = new NetworkPolicyRemediation();

  @JsonPropertyDescription(
      "A PodDisruptionBudget for each replicated Deployment or StatefulSet that has none.")
  private PodDisruptionBudgetRemediation podDisruptionBudgets =
      new PodDisruptionBudgetRemediation();

  @JsonPropertyDescription(
      "A PrometheusRule with the checklist's alerts when the namespace lacks alerting rules.")
  private PrometheusRuleRemediation prometheusRules = new PrometheusRuleRemediation();

  public RemediationMode getMode() {
    return mode;
  }

  public void setMode(RemediationMode mode) {
    this.mode = mode;
  }

  public ResourceQuotaRemediation getResourceQuota() {
    return resourceQuota;
  }

  public void setResourceQuota(ResourceQuotaRemediation resourceQuota) {
    this.resourceQuota = resourceQuota;
  }

  public LimitRangeRemediation getLimitRange() {
    return limitRange;
  }

  public void setLimitRange(LimitRangeRemediation limitRange) {
    this.limitRange = limitRange;
  }

  public NetworkPolicyRemediation getNetworkPolicy() {
    return networkPolicy;
  }

  public void setNetworkPolicy(NetworkPolicyRemediation networkPolicy) {
    this.networkPolicy = networkPolicy;
  }

  public PodDisruptionBudgetRemediation getPodDisruptionBudgets() {
    return podDisruptionBudgets;
  }

  public void setPodDisruptionBudgets(PodDisruptionBudgetRemediation podDisruptionBudgets) {
    this.podDisruptionBudgets = podDisruptionBudgets;
  }

  public PrometheusRuleRemediation getPrometheusRules() {
    return prometheusRules;
  }

  public void setPrometheusRules(PrometheusRuleRemediation prometheusRules) {
    this.prometheusRules = prometheusRules;
  }
}
