package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

public class PriorityOverride {

  @Required
  @Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")
  @Size(max = 63)
  @JsonPropertyDescription("Id of the check (kebab-case, see docs/checks.md).")
  private String check;

  @Required
  @JsonPropertyDescription(
      "Priority to use instead of the checklist default: Critical (weight 10), High (5) or Medium (2).")
  private Priority priority;

  public PriorityOverride() {}

  public PriorityOverride(String check, Priority priority) {
    this.check = check;
    this.priority = priority;
  }

  public String getCheck() {
    return check;
  }

  public void setCheck(String check) {
    this.check = check;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }
}
