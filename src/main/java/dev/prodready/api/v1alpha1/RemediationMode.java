package dev.prodready.api.v1alpha1;

/** Whether the operator creates missing guardrails. */
public enum RemediationMode {
  /** Nothing is planned or created; objects created earlier stay in place. */
  Off,
  /** status.remediation lists exactly what Enforce would create; nothing is written. */
  DryRun,
  /** Missing guardrails are created and kept as desired. */
  Enforce
}
