package dev.prodready.check;

import dev.prodready.api.v1alpha1.Priority;
import java.util.Map;
import java.util.Set;

/**
 * What a profile asks of the engine, already validated: excluded ids, priority overrides, offender
 * cap, exemptions.
 */
public record EvaluationPolicy(
    Set<String> excluded,
    Map<String, Priority> priorityOverrides,
    int maxOffenders,
    Exemptions exemptions) {

  public EvaluationPolicy(
      Set<String> excluded, Map<String, Priority> priorityOverrides, int maxOffenders) {
    this(excluded, priorityOverrides, maxOffenders, Exemptions.none());
  }

  public static EvaluationPolicy defaults(int maxOffenders) {
    return new EvaluationPolicy(Set.of(), Map.of(), maxOffenders);
  }
}
