package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.ArrayList;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class ReadinessProfileSpec {

  @JsonPropertyDescription(
      "Which checks of the catalog run and at what priority. All automated checks run unless excluded.")
  private ChecksSpec checks = new ChecksSpec();

  @JsonPropertyDescription(
      "Label selector choosing the workloads (Deployments, StatefulSets, DaemonSets, CronJobs, Jobs) "
          + "that are scored. Empty or absent: every workload in the namespace.")
  private LabelSelector workloadSelector;

  @JsonPropertyDescription("When the namespace counts as production ready.")
  private GateSpec gate = new GateSpec();

  @JsonPropertyDescription(
      "Registry prefixes images must come from (for example registry.example.com or "
          + "registry.example.com/team/). Empty: the allowed-registries check is not applicable.")
  @Size(max = 100)
  private List<@Pattern("^[^\\s]+$") @Size(min = 1, max = 253) String> allowedRegistries =
      new ArrayList<>();

  @Size(max = 200)
  @JsonPropertyDescription(
      "Accepted debt: checks that do not count against some workloads (or the namespace) until a date.")
  private List<Exemption> exemptions = new ArrayList<>();

  @Default("true")
  @JsonPropertyDescription(
      "Whether workloads may exempt themselves with the annotations prodready.dev/exempt "
          + "(comma-separated check ids) and prodready.dev/exempt-reason (mandatory). Default true.")
  private Boolean allowAnnotationExemptions = true;

  @Size(max = 200)
  @JsonPropertyDescription(
      "Sign-offs for items that no API object can prove (mode attested, or hybrid items the "
          + "cluster cannot decide).")
  private List<Attestation> attestations = new ArrayList<>();

  @JsonPropertyDescription("Opt-in creation of missing guardrails (docs/remediation.md).")
  private RemediationSpec remediation = new RemediationSpec();

  public RemediationSpec getRemediation() {
    return remediation;
  }

  public void setRemediation(RemediationSpec remediation) {
    this.remediation = remediation;
  }

  public List<Exemption> getExemptions() {
    return exemptions;
  }

  public void setExemptions(List<Exemption> exemptions) {
    this.exemptions = exemptions;
  }

  public Boolean getAllowAnnotationExemptions() {
    return allowAnnotationExemptions;
  }

  public void setAllowAnnotationExemptions(Boolean allowAnnotationExemptions) {
    this.allowAnnotationExemptions = allowAnnotationExemptions;
  }

  public List<Attestation> getAttestations() {
    return attestations;
  }

  public void setAttestations(List<Attestation> attestations) {
    this.attestations = attestations;
  }

  public ChecksSpec getChecks() {
    return checks;
  }

  public void setChecks(ChecksSpec checks) {
    this.checks = checks;
  }

  public LabelSelector getWorkloadSelector() {
    return workloadSelector;
  }

  public void setWorkloadSelector(LabelSelector workloadSelector) {
    this.workloadSelector = workloadSelector;
  }

  public GateSpec getGate() {
    return gate;
  }

  public void setGate(GateSpec gate) {
    this.gate = gate;
  }

  public List<String> getAllowedRegistries() {
    return allowedRegistries;
  }

  public void setAllowedRegistries(List<String> allowedRegistries) {
    this.allowedRegistries = allowedRegistries;
  }
}
