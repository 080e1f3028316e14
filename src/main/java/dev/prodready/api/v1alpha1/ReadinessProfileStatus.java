package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/**
 * The namespace's scored checklist. A record: equality covers every field, and a copy is a call of
 * the canonical constructor, so a field added here is a compile error wherever a status is built.
 * Absent lists are empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadinessProfileStatus(
    @JsonPropertyDescription("metadata.generation of the spec this status was computed from.")
        Long observedGeneration,
    @JsonPropertyDescription(
            "When this status was last written (RFC 3339). The operator writes only when the result changes, "
                + "and at least once per status heartbeat (PRODREADY_STATUS_HEARTBEAT, default 1h).")
        String lastEvaluated,
    @Min(0)
        @Max(100)
        @JsonPropertyDescription("Weighted readiness score, 0 to 100 (docs/scoring.md).")
        Integer score,
    @JsonPropertyDescription(
            "Letter grade of the score: A >= 90, B >= 80, C >= 70, D >= 60, else F.")
        Grade grade,
    @JsonPropertyDescription(
            "Pass when the score reaches spec.gate.minScore and, with failOnCritical, no Critical check fails.")
        GateResult gate,
    @JsonPropertyDescription("Number of checks in each state.") Summary summary,
    @JsonPropertyDescription("Score and counts per checklist category.")
        List<CategoryScore> categories,
    @JsonPropertyDescription("One entry per catalog item, sorted by id.") List<CheckStatus> checks,
    @JsonPropertyDescription("Guardrails created, planned, held back or found (spec.remediation).")
        RemediationStatus remediation,
    @JsonPropertyDescription("Exempted failures (debt), including expired and rejected exemptions.")
        List<ExemptionStatus> exemptions,
    @JsonPropertyDescription("The last 10 changes of score or gate, oldest first.")
        List<ScoreChange> history,
    @JsonPropertyDescription(
            "Ready: the profile was evaluated (False with reason DuplicateProfile or InvalidSpec otherwise). "
                + "ChecksPassing: the gate passes.")
        List<Condition> conditions) {

  public ReadinessProfileStatus {
    categories = categories == null ? List.of() : categories;
    checks = checks == null ? List.of() : checks;
    exemptions = exemptions == null ? List.of() : exemptions;
    history = history == null ? List.of() : history;
    conditions = conditions == null ? List.of() : conditions;
  }

  /** A status nothing has been written to yet. */
  public static final ReadinessProfileStatus EMPTY =
      new ReadinessProfileStatus(
          null, null, null, null, null, null, null, null, null, null, null, null);

  public ReadinessProfileStatus withLastEvaluated(String time) {
    return new ReadinessProfileStatus(
        observedGeneration,
        time,
        score,
        grade,
        gate,
        summary,
        categories,
        checks,
        remediation,
        exemptions,
        history,
        conditions);
  }
}
