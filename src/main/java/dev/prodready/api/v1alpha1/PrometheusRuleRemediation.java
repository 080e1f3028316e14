package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;

public class PrometheusRuleRemediation {

  @Default("false")
  @JsonPropertyDescription(
      "Create the PrometheusRule prodready-alerts (the checklist's alerts, grouped per workload) when "
          + "the PrometheusRule CRD is served and the namespace lacks alerting rules. Default false.")
  private Boolean enabled = false;

  @Pattern("^https?://\\S+$")
  @JsonPropertyDescription(
      "Base URL of the team's runbooks; each alert's runbook_url is "
          + "<base>/<alert-name-in-kebab-case>. No default: unset, the alerts carry no runbook_url and alerts-have-runbooks "
          + "keeps failing until real runbooks are linked (a placeholder link would make it pass for nothing).")
  private String runbookBaseURL;

  @Default("0.05")
  @Pattern("^0?\\.\\d+$")
  @JsonPropertyDescription("5xx ratio above which HighErrorRate fires. Default 0.05.")
  private String errorRateThreshold = "0.05";

  @Default("1")
  @Pattern("^\\d+(\\.\\d+)?$")
  @JsonPropertyDescription("p99 latency in seconds above which HighLatency fires. Default 1.")
  private String latencyP99Seconds = "1";

  @Default("0.85")
  @Pattern("^0?\\.\\d+$")
  @JsonPropertyDescription(
      "Fraction of a PVC's capacity above which PVCAlmostFull fires. Default 0.85.")
  private String pvcUsageThreshold = "0.85";

  @Default("14")
  @Pattern("^[1-9]\\d*$")
  @JsonPropertyDescription("Days before expiry at which CertificateExpiringSoon fires. Default 14.")
  private String certificateExpiryDays = "14";

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public String getRunbookBaseURL() {
    return runbookBaseURL;
  }

  public void setRunbookBaseURL(String runbookBaseURL) {
    this.runbookBaseURL = runbookBaseURL;
  }

  public String getErrorRateThreshold() {
    return errorRateThreshold;
  }

  public void setErrorRateThreshold(String errorRateThreshold) {
    this.errorRateThreshold = errorRateThreshold;
  }

  public String getLatencyP99Seconds() {
    return latencyP99Seconds;
  }

  public void setLatencyP99Seconds(String latencyP99Seconds) {
    this.latencyP99Seconds = latencyP99Seconds;
  }

  public String getPvcUsageThreshold() {
    return pvcUsageThreshold;
  }

  public void setPvcUsageThreshold(String pvcUsageThreshold) {
    this.pvcUsageThreshold = pvcUsageThreshold;
  }

  public String getCertificateExpiryDays() {
    return certificateExpiryDays;
  }

  public void setCertificateExpiryDays(String certificateExpiryDays) {
    this.certificateExpiryDays = certificateExpiryDays;
  }
}
