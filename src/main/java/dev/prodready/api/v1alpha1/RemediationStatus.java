package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The guardrails of the namespace as the operator sees them. */
public record RemediationStatus(
    @JsonPropertyDescription("spec.remediation.mode in force.") RemediationMode mode,
    @JsonPropertyDescription(
            "Mode and counts, for the Remediation printer column, e.g. \"Enforce: 3 created, 1 held back\".")
        String summary,
    @JsonPropertyDescription("One entry per guardrail object, sorted by kind and name.")
        List<RemediationAction> actions) {

  /** An empty list may arrive as null from the API server. */
  public RemediationStatus {
    actions = actions == null ? List.of() : actions;
  }
}
