package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** What the operator did, or would do, about one guardrail object. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RemediationAction(
    @JsonPropertyDescription("Kind of the guardrail object.") String kind,
    @JsonPropertyDescription(
            "Name of the object the operator creates (or of the user's equivalent for Exists).")
        String name,
    @JsonPropertyDescription(
            "Planned (DryRun), Created, Updated (a managed object restored to its desired state), "
                + "Deleted (a managed object no longer wanted), Released (handed over to the user), Exists (an equivalent user "
                + "object), HeldBack (creating it would break running workloads), Skipped, or Failed.")
        GuardrailAction action,
    @JsonPropertyDescription("Why, in one sentence.") String reason,
    @JsonPropertyDescription("The check this guardrail satisfies.") String check,
    @JsonPropertyDescription("Key values of the object (for example quota limits).")
        Map<String, String> values) {}
