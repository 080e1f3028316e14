package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import java.util.LinkedHashMap;
import java.util.Map;

public class LimitRangeRemediation {

  @Default("false")
  @JsonPropertyDescription(
      "Create the LimitRange prodready-limits when the namespace has none. Default false.")
  private Boolean enabled = false;

  @JsonPropertyDescription(
      "Default limits for containers without limits (cpu, memory). Default 500m and 512Mi.")
  private Map<String, String> defaultLimits = new LinkedHashMap<>();

  @JsonPropertyDescription(
      "Default requests for containers without requests. Default 100m and 128Mi.")
  private Map<String, String> defaultRequests = new LinkedHashMap<>();

  @JsonPropertyDescription(
      "Largest allowed value per container. Default 4 and 8Gi; raised to the largest value an "
          + "existing container uses, so no running workload is excluded.")
  private Map<String, String> max = new LinkedHashMap<>();

  @JsonPropertyDescription(
      "Smallest allowed value per container. Default 50m and 64Mi; lowered to the smallest value an "
          + "existing container uses.")
  private Map<String, String> min = new LinkedHashMap<>();

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public Map<String, String> getDefaultLimits() {
    return defaultLimits;
  }

  public void setDefaultLimits(Map<String, String> defaultLimits) {
    this.defaultLimits = defaultLimits;
  }

  public Map<String, String> getDefaultRequests() {
    return defaultRequests;
  }

  public void setDefaultRequests(Map<String, String> defaultRequests) {
    this.defaultRequests = defaultRequests;
  }

  public Map<String, String> getMax() {
    return max;
  }

  public void setMax(Map<String, String> max) {
    this.max = max;
  }

  public Map<String, String> getMin() {
    return min;
  }

  public void setMin(Map<String, String> min) {
    this.min = min;
  }
}
