package dev.prodready.remediation;

import dev.prodready.check.CheckInfo;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/**
 * One planned guardrail object.
 *
 * @param desired the object to create or keep (Planned, or Exists when the existing object is the
 *     operator's); null otherwise
 * @param check id of the check this guardrail satisfies
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
      HasMetadata desired, CheckInfo check, String reason, Map<String, String> values) {
    return new Plan(
        desired.getKind(),
        desired.getMetadata().getName(),
        Decision.Planned,
        reason,
        check.id(),
        values,
        desired);
  }

  public static Plan exists(String kind, String name, CheckInfo check, String reason) {
    return new Plan(kind, name, Decision.Exists, reason, check.id(), Map.of(), null);
  }

  public static Plan heldBack(String kind, String name, CheckInfo check, String reason) {
    return new Plan(kind, name, Decision.HeldBack, reason, check.id(), Map.of(), null);
  }

  public static Plan skipped(String kind, String name, CheckInfo check, String reason) {
    return new Plan(kind, name, Decision.Skipped, reason, check.id(), Map.of(), null);
  }
}
