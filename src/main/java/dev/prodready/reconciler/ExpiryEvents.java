package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.CheckStatus;
import dev.prodready.api.v1alpha1.ExemptionState;
import dev.prodready.api.v1alpha1.ExemptionStatus;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.events.ProfileEvents;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Warning Events when an exemption or an attestation expires between two evaluations (once, on the
 * transition).
 */
final class ExpiryEvents {

  private ExpiryEvents() {}

  static void announce(
      ReadinessProfileStatus previous,
      ReadinessProfileStatus next,
      ProfileEvents events,
      ReadinessProfile profile) {
    if (previous == null) {
      return;
    }
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

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items == null
        ? Map.of()
        : items.stream().collect(Collectors.toMap(key, x -> x, (a, b) -> a));
  }
}
