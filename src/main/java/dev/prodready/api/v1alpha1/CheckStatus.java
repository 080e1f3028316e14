package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The result of one catalog item. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CheckStatus(
    @JsonPropertyDescription("Stable check id (docs/checks.md).") String id,
    @JsonPropertyDescription(
            "Item of the production-readiness checklist, for example \"Security #5\".")
        String ref,
    @JsonPropertyDescription("Checklist category.") String category,
    @JsonPropertyDescription(
            "Effective priority (checklist default or spec.checks.priorityOverrides).")
        Priority priority,
    @JsonPropertyDescription("Outcome of the check.") CheckState state,
    @JsonPropertyDescription("What was found, in one sentence.") String message,
    @JsonPropertyDescription(
            "Failing objects (kind/name: detail), capped; offenderCount has the full number.")
        List<String> offenders,
    @JsonPropertyDescription("Number of failing objects, including those not listed.")
        Integer offenderCount) {}
