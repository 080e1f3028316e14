package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.ArrayList;
import java.util.List;

/**
 * Accepted debt: named checks do not count against named workloads (or the whole namespace) until
 * the expiry date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = "!(has(self.workloads) && size(self.workloads) > 0 && has(self.workloadSelector))",
    message = "set workloads or workloadSelector, not both")
public class Exemption {

  @Required
  @Size(min = 1, max = 50)
  @JsonPropertyDescription("Ids of the exempted checks (docs/checks.md).")
  private List<@Size(max = 63) String> checks = new ArrayList<>();

  @Size(max = 100)
  @JsonPropertyDescription(
      "Names of the exempted workloads (any kind). With workloadSelector absent too, the exemption "
          + "covers the whole namespace for these checks.")
  private List<@Size(max = 253) String> workloads = new ArrayList<>();

  @JsonPropertyDescription("Label selector of the exempted workloads, instead of names.")
  private LabelSelector workloadSelector;

  @Required
  @Size(min = 3, max = 500)
  @JsonPropertyDescription("Why the debt is accepted, e.g. a ticket reference. Mandatory.")
  private String reason;

  @Required
  @Pattern("^\\d{4}-\\d{2}-\\d{2}$")
  @JsonPropertyDescription(
      "Last day (YYYY-MM-DD, UTC) the exemption applies; afterwards the checks fail again. Mandatory.")
  private String expires;

  @Size(max = 253)
  @JsonPropertyDescription("Who owns the debt (team or person).")
  private String owner;

  public List<String> getChecks() {
    return checks;
  }

  public void setChecks(List<String> checks) {
    this.checks = checks;
  }

  public List<String> getWorkloads() {
    return workloads;
  }

  public void setWorkloads(List<String> workloads) {
    this.workloads = workloads;
  }

  public LabelSelector getWorkloadSelector() {
    return workloadSelector;
  }

  public void setWorkloadSelector(LabelSelector workloadSelector) {
    this.workloadSelector = workloadSelector;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getExpires() {
    return expires;
  }

  public void setExpires(String expires) {
    this.expires = expires;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }
}
