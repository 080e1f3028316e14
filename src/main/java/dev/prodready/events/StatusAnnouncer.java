package dev.prodready.events;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.CheckStatus;
import dev.prodready.api.v1alpha1.ExemptionState;
import dev.prodready.api.v1alpha1.ExemptionStatus;
import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.api.v1alpha1.GuardrailAction;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.api.v1alpha1.RemediationAction;
import dev.prodready.metrics.ReadinessMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Announces what changed between the status a profile had and the status about to be written: gate
 * changes, expired exemptions and attestations, and new guardrail actions (as Events, and counted
 * in prodready_remediation_actions_total). The reconciler calls it only for a status it writes, so
 * a status that is not written announces nothing, and an unchanged fact is never announced twice.
 */
@ApplicationScoped
public class StatusAnnouncer {

  /** Actions that are news; Planned, Exists and Skipped are states the status shows. */
  private static final Set<GuardrailAction> NEWS =
      Set.of(
          GuardrailAction.Created,
          GuardrailAction.Updated,
          GuardrailAction.Deleted,
          GuardrailAction.Released,
          GuardrailAction.Failed,
          GuardrailAction.HeldBack);

  private static final Set<GuardrailAction> WARNINGS =
      Set.of(GuardrailAction.Failed, GuardrailAction.HeldBack);

  private final ProfileEvents events;
  private final ReadinessMetrics metrics;

  public StatusAnnouncer(ProfileEvents events, ReadinessMetrics metrics) {
    this.events = events;
    this.metrics = metrics;
  }

  public void announce(
      ReadinessProfile profile, ReadinessProfileStatus previous, ReadinessProfileStatus next) {
    var before = previous == null ? ReadinessProfileStatus.EMPTY : previous;
    gate(profile, before, next);
    if (previous != null) {
      expiries(profile, before, next);
    }
    remediation(profile, before, next);
  }

  private void gate(
      ReadinessProfile profile, ReadinessProfileStatus previous, ReadinessProfileStatus next) {
    GateResult before = previous.gate();
    if (next.gate() == null || next.gate() == before) {
      return;
    }
    String message =
        "gate "
            + (before == null ? "evaluated" : "changed from " + before)
            + " to "
            + next.gate()
            + " (score "
            + next.score()
            + ")";
    if (next.gate() == GateResult.Pass) {
      events.normal(profile, "GatePassed", message);
    } else {
      events.warning(profile, "GateFailed", message);
    }
  }

  /** Once, on the transition from Active (or Attested) to Expired. */
  private void expiries(
      ReadinessProfile profile, ReadinessProfileStatus previous, ReadinessProfileStatus next) {
    Map<String, ExemptionStatus> before =
        index(previous.exemptions(), e -> e.check() + "|" + e.target());
    for (ExemptionStatus e : next.exemptions()) {
      ExemptionStatus old = before.get(e.check() + "|" + e.target());
      if (e.state() == ExemptionState.Expired
          && old != null
          && old.state() == ExemptionState.Active) {
        events.warning(
            profile,
            "ExemptionExpired",
            "exemption of "
                + e.check()
                + " for "
                + e.target()
                + " expired "
                + e.expires()
                + " ("
                + e.reason()
                + "); the check counts again");
      }
    }
    Map<String, CheckStatus> checksBefore = index(previous.checks(), CheckStatus::id);
    for (CheckStatus c : next.checks()) {
      CheckStatus old = checksBefore.get(c.id());
      if (c.state() == CheckState.Expired && old != null && old.state() == CheckState.Attested) {
        events.warning(profile, "AttestationExpired", c.id() + ": " + c.message());
      }
    }
  }

  /** A guardrail action is news when the previous status did not report the same one. */
  private void remediation(
      ReadinessProfile profile, ReadinessProfileStatus previous, ReadinessProfileStatus next) {
    if (next.remediation() == null) {
      return;
    }
    List<RemediationAction> before =
        previous.remediation() == null ? List.of() : previous.remediation().actions();
    for (RemediationAction a : next.remediation().actions()) {
      if (!NEWS.contains(a.action()) || reported(before, a)) {
        continue;
      }
      metrics.remediationAction(a.kind(), a.action().name());
      String what = a.kind() + " " + a.name() + ": " + a.reason();
      if (WARNINGS.contains(a.action())) {
        events.warning(profile, "Guardrail" + a.action(), what);
      } else {
        events.normal(profile, "Guardrail" + a.action(), what);
      }
    }
  }

  private static boolean reported(List<RemediationAction> before, RemediationAction a) {
    return before.stream()
        .anyMatch(
            p ->
                p.kind().equals(a.kind()) && p.name().equals(a.name()) && p.action() == a.action());
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, x -> x, (a, b) -> a));
  }
}
