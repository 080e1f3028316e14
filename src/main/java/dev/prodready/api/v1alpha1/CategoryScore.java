package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Score of one checklist category, computed like the overall score over that category's checks
 * only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CategoryScore(
    @JsonPropertyDescription("Checklist category.") String name,
    @JsonPropertyDescription(
            "Score of the category, 0 to 100; absent when no check of the category is scored.")
        Integer score,
    @JsonPropertyDescription("Checks of the category that pass.") int passed,
    @JsonPropertyDescription("Checks of the category that fail.") int failed) {}
