package dev.prodready.api.v1alpha1;

/** Outcome of one catalog item for a namespace. */
public enum CheckState {
  /** Every applicable workload (or the namespace) passes. */
  Pass,
  /** At least one applicable workload (or the namespace) fails. */
  Fail,
  /** The check threw; reported for that check alone and left out of the score. */
  Error,
  /** Nothing the check applies to (no such workloads, or an optional CRD is absent). */
  NotApplicable,
  /** Excluded by the profile. */
  Skipped,
  /** Not decidable from API objects and not signed off yet. */
  Manual,
  /** Signed off by an attestation that is still valid. */
  Attested,
  /** Signed off by an attestation that has expired; counts as a failure. */
  Expired,
  /** Every offender is covered by an exemption. */
  Exempted
}
