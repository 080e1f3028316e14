package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

public class ResourceQuotaRemediation {

  /** The checklist's example quota. */
  public static final Map<String, String> DEFAULT_HARD = defaults();

  @Default("false")
  @JsonPropertyDescription(
      "Create the ResourceQuota prodready-quota when the namespace has no quota. Default false.")
  private Boolean enabled = false;

  @JsonPropertyDescription(
      "Hard limits (resource name to quantity). Unset keys keep the checklist defaults: requests.cpu "
          + "20, requests.memory 40Gi, limits.cpu 40, limits.memory 80Gi, pods 100, persistentvolumeclaims 20, "
          + "services.loadbalancers 5. A value below current usage plus 50% headroom is raised, and the status says so.")
  private Map<String, String> hard = new LinkedHashMap<>();

  private static Map<String, String> defaults() {
    var m = new LinkedHashMap<String, String>();
    m.put("requests.cpu", "20");
    m.put("requests.memory", "40Gi");
    m.put("limits.cpu", "40");
    m.put("limits.memory", "80Gi");
    m.put("pods", "100");
    m.put("persistentvolumeclaims", "20");
    m.put("services.loadbalancers", "5");
    return Collections.unmodifiableMap(m);
  }

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public Map<String, String> getHard() {
    return hard;
  }

  public void setHard(Map<String, String> hard) {
    this.hard = hard;
  }
}
