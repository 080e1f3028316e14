package dev.prodready.remediation;

/** What the planner concluded about one guardrail object. */
public enum Decision {
  /** Missing and safe to create (created in Enforce, listed in DryRun). */
  Planned,
  /** The namespace already has an equivalent object (the user's or ours). */
  Exists,
  /** Creating it now would break running workloads; the reason lists them. */
  HeldBack,
  /** Not possible here (for example the PrometheusRule CRD is not served). */
  Skipped
}
