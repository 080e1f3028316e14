package dev.prodready.remediation;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/**
 * One planned guardrail object.
 *
 * @param desired the object to create or keep (Planned, or Exists when the existing object is the
 *     operator's); null otherwise
 * @param check the check this guardrail satisfies
 */
public record Plan(
    String kind,
    String name,
    Decision decision,
    String reason,
    String check,
    Map<String, String> values,
    HasMetadata desired) {

  public static Plan planned(
      HasMetadata desired, String check, String reason, Map<String, String> values) {
    return new Plan(
        desired.getKind(),
        desired.getMetadata().getName(),
        Decision.Planned,
        reason,
        check,
        values,
        desired);
  }

  public static Plan exists(String kind, String name, String check, String reason) {
    return new Plan(kind, name, Decision.Exists, reason, check, Map.of(), null);
  }

  public static Plan heldBack(String kind, String name, String check, String reason) {
    return new Plan(kind, name, Decision.HeldBack, reason, check, Map.of(), null);
  }

  public static Plan skipped(String kind, String name, String check, String reason) {
    return new Plan(kind, name, Decision.Skipped, reason, check, Map.of(), null);
  }
}
