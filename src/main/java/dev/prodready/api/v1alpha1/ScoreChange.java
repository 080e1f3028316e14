package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One point of the score trend. */
public record ScoreChange(
    @JsonPropertyDescription("When the score or gate changed (RFC 3339).") String time,
    @JsonPropertyDescription("Score from then on.") Integer score,
    @JsonPropertyDescription("Gate from then on.") GateResult gate) {}
