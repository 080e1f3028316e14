package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;

public class PodDisruptionBudgetRemediation {

  @Default("false")
  @JsonPropertyDescription(
      "Create a PodDisruptionBudget prodready-<kind>-<name> for each Deployment or StatefulSet with "
          + "2 or more replicas and no PDB; single-replica workloads never get one (it would block node drains). Default false.")
  private Boolean enabled = false;

  @Default("1")
  @Pattern("^([1-9]\\d*|[1-9]\\d?%)$")
  @JsonPropertyDescription(
      "maxUnavailable of the created PDBs: a number of pods or a percentage. Default 1.")
  private String maxUnavailable = "1";

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public String getMaxUnavailable() {
    return maxUnavailable;
  }

  public void setMaxUnavailable(String maxUnavailable) {
    this.maxUnavailable = maxUnavailable;
  }
}
