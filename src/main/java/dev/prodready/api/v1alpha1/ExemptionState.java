package dev.prodready.api.v1alpha1;

/** Whether an exemption is honoured. */
public enum ExemptionState {
  /** The failure is not counted. */
  Active,
  /** The exemption has expired: the failure counts again. */
  Expired,
  /** Not honoured; the reason says why. */
  Rejected
}
