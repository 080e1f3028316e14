package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;

public class GateSpec {

  @Min(0)
  @Max(100)
  @Default("80")
  @JsonPropertyDescription("Lowest score (0 to 100) at which the gate passes. Default 80.")
  private Integer minScore = 80;

  @Default("true")
  @JsonPropertyDescription(
      "When true (the default), any failing Critical check fails the gate whatever the score.")
  private Boolean failOnCritical = true;

  @Default("false")
  @JsonPropertyDescription(
      "When true, a Critical item that needs a sign-off (mode attested) and has none fails the gate.")
  private Boolean requireAttestations = false;

  public Boolean getRequireAttestations() {
    return requireAttestations;
  }

  public void setRequireAttestations(Boolean requireAttestations) {
    this.requireAttestations = requireAttestations;
  }

  public Integer getMinScore() {
    return minScore;
  }

  public void setMinScore(Integer minScore) {
    this.minScore = minScore;
  }

  public Boolean getFailOnCritical() {
    return failOnCritical;
  }

  public void setFailOnCritical(Boolean failOnCritical) {
    this.failOnCritical = failOnCritical;
  }
}
