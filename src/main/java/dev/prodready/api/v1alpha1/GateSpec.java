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
  @JsonPropertyDescription("When true (the default), any failing Critical check fails the gate whatever the score.")
  private Boolean failOnCritical = true;

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
