package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class ReadinessProfileStatus {

  @JsonPropertyDescription("metadata.generation of the spec this status was computed from.")
  private Long observedGeneration;

  @JsonPropertyDescription(
      "When this status was last written (RFC 3339). The operator writes only when the result changes, "
          + "and at least once per resync period.")
  private String lastEvaluated;

  @Min(0)
  @Max(100)
  @JsonPropertyDescription("Weighted readiness score, 0 to 100 (docs/scoring.md).")
  private Integer score;

  @JsonPropertyDescription("Letter grade of the score: A >= 90, B >= 80, C >= 70, D >= 60, else F.")
  private Grade grade;

  @JsonPropertyDescription(
      "Pass when the score reaches spec.gate.minScore and, with failOnCritical, no Critical check fails.")
  private GateResult gate;

  @JsonPropertyDescription("Number of checks in each state.")
  private Summary summary;

  @JsonPropertyDescription("Score and counts per checklist category.")
  private List<CategoryScore> categories = new ArrayList<>();

  @JsonPropertyDescription("One entry per catalog item, sorted by id.")
  private List<CheckStatus> checks = new ArrayList<>();

  @JsonPropertyDescription("Guardrails created, planned, held back or found (spec.remediation).")
  private RemediationStatus remediation;

  @JsonPropertyDescription("Exempted failures (debt), including expired and rejected exemptions.")
  private List<ExemptionStatus> exemptions = new ArrayList<>();

  @JsonPropertyDescription("The last 10 changes of score or gate, oldest first.")
  private List<ScoreChange> history = new ArrayList<>();

  @JsonPropertyDescription(
      "Ready: the profile was evaluated (False with reason DuplicateProfile or InvalidSpec otherwise). "
          + "ChecksPassing: the gate passes.")
  private List<Condition> conditions = new ArrayList<>();

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public String getLastEvaluated() {
    return lastEvaluated;
  }

  public void setLastEvaluated(String lastEvaluated) {
    this.lastEvaluated = lastEvaluated;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public Grade getGrade() {
    return grade;
  }

  public void setGrade(Grade grade) {
    this.grade = grade;
  }

  public GateResult getGate() {
    return gate;
  }

  public void setGate(GateResult gate) {
    this.gate = gate;
  }

  public Summary getSummary() {
    return summary;
  }

  public void setSummary(Summary summary) {
    this.summary = summary;
  }

  public List<CategoryScore> getCategories() {
    return categories;
  }

  public void setCategories(List<CategoryScore> categories) {
    this.categories = categories;
  }

  public List<CheckStatus> getChecks() {
    return checks;
  }

  public void setChecks(List<CheckStatus> checks) {
    this.checks = checks;
  }

  public RemediationStatus getRemediation() {
    return remediation;
  }

  public void setRemediation(RemediationStatus remediation) {
    this.remediation = remediation;
  }

  public List<ExemptionStatus> getExemptions() {
    return exemptions;
  }

  public void setExemptions(List<ExemptionStatus> exemptions) {
    this.exemptions = exemptions;
  }

  public List<ScoreChange> getHistory() {
    return history;
  }

  public void setHistory(List<ScoreChange> history) {
    this.history = history;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReadinessProfileStatus that)) {
      return false;
    }
    return Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(lastEvaluated, that.lastEvaluated)
        && Objects.equals(score, that.score)
        && grade == that.grade
        && gate == that.gate
        && Objects.equals(summary, that.summary)
        && Objects.equals(categories, that.categories)
        && Objects.equals(checks, that.checks)
        && Objects.equals(remediation, that.remediation)
        && Objects.equals(exemptions, that.exemptions)
        && Objects.equals(history, that.history)
        && Objects.equals(conditions, that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(observedGeneration, score, grade, gate, summary, checks);
  }
}
