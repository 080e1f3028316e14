package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/**
 * A person's sign-off for an item no API object can prove (a restore drill, a runbook), valid for a
 * limited time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = "!(has(self.validFor) && has(self.expires))",
    message = "set validFor or expires, not both")
public class Attestation {

  @Required
  @Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")
  @Size(max = 63)
  @JsonPropertyDescription("Id of the attested item (docs/checks.md, mode attested or hybrid).")
  private String check;

  @Required
  @Size(min = 1, max = 253)
  @JsonPropertyDescription("Who signs off (team or person).")
  private String attestedBy;

  @Required
  @Size(min = 1, max = 2048)
  @JsonPropertyDescription(
      "Where the evidence is (URL of the drill report, runbook, pipeline run).")
  private String evidence;

  @Required
  @Pattern("^\\d{4}-\\d{2}-\\d{2}$")
  @JsonPropertyDescription("Day of the sign-off (YYYY-MM-DD, UTC).")
  private String attestedAt;

  @Pattern("^[1-9]\\d{0,3}d$")
  @JsonPropertyDescription(
      "How long the sign-off holds after attestedAt, in days (e.g. 90d). Default: the item's own "
          + "validity (docs/checks.md).")
  private String validFor;

  @Pattern("^\\d{4}-\\d{2}-\\d{2}$")
  @JsonPropertyDescription("Last day (YYYY-MM-DD, UTC) the sign-off holds, instead of validFor.")
  private String expires;

  public String getCheck() {
    return check;
  }

  public void setCheck(String check) {
    this.check = check;
  }

  public String getAttestedBy() {
    return attestedBy;
  }

  public void setAttestedBy(String attestedBy) {
    this.attestedBy = attestedBy;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public String getAttestedAt() {
    return attestedAt;
  }

  public void setAttestedAt(String attestedAt) {
    this.attestedAt = attestedAt;
  }

  public String getValidFor() {
    return validFor;
  }

  public void setValidFor(String validFor) {
    this.validFor = validFor;
  }

  public String getExpires() {
    return expires;
  }

  public void setExpires(String expires) {
    this.expires = expires;
  }
}
