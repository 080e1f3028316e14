package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.GuardrailAction;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.api.v1alpha1.RemediationAction;
import dev.prodready.api.v1alpha1.RemediationStatus;
import dev.prodready.events.ProfileEvents;
import dev.prodready.metrics.ReadinessMetrics;
import java.util.Set;

/** Events, metrics and checklist notes for what remediation did. */
final class RemediationReporting {

  private static final Set<GuardrailAction> DONE =
      Set.of(
          GuardrailAction.Created,
          GuardrailAction.Updated,
          GuardrailAction.Deleted,
          GuardrailAction.Released,
          GuardrailAction.Failed);

  private RemediationReporting() {}

  static void announce(
      ReadinessProfile profile,
      ReadinessProfileStatus previous,
      RemediationStatus now,
      ProfileEvents events,
      ReadinessMetrics metrics) {
    for (RemediationAction a : now.actions()) {
      String what = a.kind() + " " + a.name() + ": " + a.reason();
      if (DONE.contains(a.action())) {
        metrics.remediationAction(a.kind(), a.action().name());
        if (a.action() == GuardrailAction.Failed) {
          events.warning(profile, "GuardrailFailed", what);
        } else {
          events.normal(profile, "Guardrail" + a.action(), what);
        }
      } else if (a.action() == GuardrailAction.HeldBack && !wasHeldBack(previous, a)) {
        metrics.remediationAction(a.kind(), a.action().name());
        events.warning(profile, "GuardrailHeldBack", what);
      }
    }
  }

  private static boolean wasHeldBack(ReadinessProfileStatus previous, RemediationAction a) {
    return previous != null
        && previous.remediation() != null
        && previous.remediation().actions().stream()
            .anyMatch(
                p ->
                    p.kind().equals(a.kind())
                        && p.name().equals(a.name())
                        && p.action() == GuardrailAction.HeldBack);
  }
}
