package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.ArrayList;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value =
        "!has(self.priorityOverrides) || self.priorityOverrides.all(o, "
            + "self.priorityOverrides.exists_one(p, p.check == o.check))",
    message = "priorityOverrides must name each check at most once")
public class ChecksSpec {

  @JsonPropertyDescription(
      "Ids of checks that do not run (see docs/checks.md). Unknown ids make the profile invalid "
          + "(Ready=False, reason InvalidSpec).")
  @Size(max = 200)
  private List<@Size(max = 63) String> exclude = new ArrayList<>();

  @JsonPropertyDescription("Checks whose priority differs from the checklist default.")
  @Size(max = 200)
  private List<PriorityOverride> priorityOverrides = new ArrayList<>();

  public List<String> getExclude() {
    return exclude;
  }

  public void setExclude(List<String> exclude) {
    this.exclude = exclude;
  }

  public List<PriorityOverride> getPriorityOverrides() {
    return priorityOverrides;
  }

  public void setPriorityOverrides(List<PriorityOverride> priorityOverrides) {
    this.priorityOverrides = priorityOverrides;
  }
}
