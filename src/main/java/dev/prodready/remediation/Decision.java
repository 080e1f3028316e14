package dev.prodready.remediation;

import dev.prodready.api.v1alpha1.GuardrailAction;

/** What the planner concluded about one guardrail object. */
public enum Decision {
  /** Missing and safe to create (created in Enforce, listed in DryRun). */
  Planned,
  /** The namespace already has an equivalent object (the user's or ours). */
  Exists,
  /** Creating it now would break running workloads; the reason lists them. */
  HeldBack,
  /** Not possible here (for example the PrometheusRule CRD is not served). */
  Skipped;

  /** The action reported for a plan that is not realized (every decision but Planned). */
  GuardrailAction action() {
    return switch (this) {
      case Planned -> GuardrailAction.Planned;
      case Exists -> GuardrailAction.Exists;
      case HeldBack -> GuardrailAction.HeldBack;
      case Skipped -> GuardrailAction.Skipped;
    };
  }
}
