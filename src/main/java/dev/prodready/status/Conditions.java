package dev.prodready.status;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Condition list updates that keep lastTransitionTime stable while a condition's status does not
 * change.
 */
public final class Conditions {

  public static final String READY = "Ready";
  public static final String CHECKS_PASSING = "ChecksPassing";

  private Conditions() {}

  public static List<Condition> set(
      List<Condition> current,
      String type,
      boolean status,
      String reason,
      String message,
      Long generation,
      String now) {
    String value = status ? "True" : "False";
    Condition previous = find(current, type);
    String transition =
        previous != null
                && value.equals(previous.getStatus())
                && previous.getLastTransitionTime() != null
            ? previous.getLastTransitionTime()
            : now;
    Condition next =
        new ConditionBuilder()
            .withType(type)
            .withStatus(value)
            .withReason(reason)
            .withMessage(message)
            .withObservedGeneration(generation)
            .withLastTransitionTime(transition)
            .build();
    var result = new ArrayList<Condition>();
    boolean replaced = false;
    for (Condition c : current == null ? List.<Condition>of() : current) {
      if (type.equals(c.getType())) {
        result.add(next);
        replaced = true;
      } else {
        result.add(c);
      }
    }
    if (!replaced) {
      result.add(next);
    }
    return result;
  }

  public static List<Condition> remove(List<Condition> current, String type) {
    return current == null
        ? List.of()
        : current.stream().filter(c -> !type.equals(c.getType())).toList();
  }

  public static Condition find(List<Condition> conditions, String type) {
    return conditions == null
        ? null
        : conditions.stream()
            .filter(c -> Objects.equals(type, c.getType()))
            .findFirst()
            .orElse(null);
  }
}
