package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One exempted failure: the debt the namespace carries, or carried until the exemption expired. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExemptionStatus(
    @JsonPropertyDescription("Exempted check.") String check,
    @JsonPropertyDescription(
            "Exempted object (kind/name), or namespace/<name> for a namespace-wide exemption.")
        String target,
    @JsonPropertyDescription("Reason given for the exemption.") String reason,
    @JsonPropertyDescription("Last day the exemption applies.") String expires,
    @JsonPropertyDescription("Owner of the debt.") String owner,
    @JsonPropertyDescription(
            "Spec (spec.exemptions) or Annotation (prodready.dev/exempt on the workload).")
        ExemptionSource source,
    @JsonPropertyDescription(
            "Active (the failure is not counted), Expired (it counts again) or Rejected (not honoured; "
                + "the reason says why).")
        ExemptionState state) {}
