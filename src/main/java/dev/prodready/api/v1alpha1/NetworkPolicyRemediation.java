package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;

public class NetworkPolicyRemediation {

  @Default("false")
  @JsonPropertyDescription(
      "Create the NetworkPolicy prodready-default-deny (all pods, Ingress and Egress, no rules) when "
          + "the namespace has no default-deny. Default false.")
  private Boolean enabled = false;

  @Default("true")
  @JsonPropertyDescription(
      "Also create prodready-allow-dns, allowing every pod DNS egress (port 53 UDP and TCP). "
          + "Default true.")
  private Boolean allowDNS = true;

  @Default("false")
  @JsonPropertyDescription(
      "Create the default-deny even though workloads behind Services have no NetworkPolicy allowing "
          + "their ingress (their traffic stops). Default false: the policy is held back and the workloads are listed.")
  private Boolean acknowledgeTrafficImpact = false;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public Boolean getAllowDNS() {
    return allowDNS;
  }

  public void setAllowDNS(Boolean allowDNS) {
    this.allowDNS = allowDNS;
  }

  public Boolean getAcknowledgeTrafficImpact() {
    return acknowledgeTrafficImpact;
  }

  public void setAcknowledgeTrafficImpact(Boolean acknowledgeTrafficImpact) {
    this.acknowledgeTrafficImpact = acknowledgeTrafficImpact;
  }
}
