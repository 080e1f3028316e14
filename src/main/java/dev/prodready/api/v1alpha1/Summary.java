package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Count of catalog items per state. */
public record Summary(
    @JsonPropertyDescription("Checks that pass.") int passed,
    @JsonPropertyDescription("Checks that fail.") int failed,
    @JsonPropertyDescription("Checks whose every offender is exempted.") int exempted,
    @JsonPropertyDescription("Items only a person can sign off, not signed off yet.") int manual,
    @JsonPropertyDescription("Items signed off by a valid attestation.") int attested,
    @JsonPropertyDescription("Items whose attestation has expired (count as failed).") int expired,
    @JsonPropertyDescription("Checks with nothing to apply to.") int notApplicable,
    @JsonPropertyDescription("Checks excluded by the profile.") int skipped,
    @JsonPropertyDescription("Checks that could not be evaluated.") int error) {}
