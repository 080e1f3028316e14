package dev.prodready.api.v1alpha1;

/** What the operator did, or would do, about one guardrail object (status.remediation.actions). */
public enum GuardrailAction {
  /** DryRun: would be created, restored, deleted or released. */
  Planned,
  Created,
  /** A managed object restored to its desired state. */
  Updated,
  /** A managed object no longer wanted. */
  Deleted,
  /** Handed over to the user (the managed-by label was removed). */
  Released,
  /** An equivalent object is present (the user's, or the operator's own). */
  Exists,
  /** Creating it would break running workloads. */
  HeldBack,
  Skipped,
  Failed
}
