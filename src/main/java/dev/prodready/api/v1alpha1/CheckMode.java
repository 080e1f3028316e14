package dev.prodready.api.v1alpha1;

/** How a catalog item is decided. */
public enum CheckMode {
  /** Decided from API objects by the operator. */
  Automated,
  /** Only a person can tell; Manual until signed off by an attestation. */
  Attested
}
