package dev.prodready.check;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.ExemptionStatus;
import dev.prodready.api.v1alpha1.Priority;
import java.util.List;

/**
 * The evaluated state of one catalog item.
 *
 * @param passFraction when scored, the share of applicable, non-exempted workloads that pass
 *     (namespace checks: 0 or 1)
 * @param scored whether the result enters the score (NotApplicable, Skipped, Manual, Error and
 *     fully exempted results leave the denominator)
 * @param offenders failing objects, already capped; {@code offenderCount} is the full number
 * @param exemptions exempted failures met while evaluating (active or expired)
 */
public record CheckResult(
    CheckInfo info,
    Priority priority,
    CheckState state,
    String message,
    List<String> offenders,
    int offenderCount,
    double passFraction,
    boolean scored,
    List<ExemptionStatus> exemptions) {

  public CheckResult(
      CheckInfo info,
      Priority priority,
      CheckState state,
      String message,
      List<String> offenders,
      int offenderCount,
      double passFraction) {
    this(
        info,
        priority,
        state,
        message,
        offenders,
        offenderCount,
        passFraction,
        scoredByDefault(state),
        List.of());
  }

  private static boolean scoredByDefault(CheckState state) {
    return state == CheckState.Pass
        || state == CheckState.Fail
        || state == CheckState.Attested
        || state == CheckState.Expired;
  }

  /** The same result in another state (attestations turn Manual into Attested or Expired). */
  public CheckResult withState(
      CheckState newState, String newMessage, boolean newScored, double newFraction) {
    return new CheckResult(
        info,
        priority,
        newState,
        newMessage,
        offenders,
        offenderCount,
        newFraction,
        newScored,
        exemptions);
  }

  public boolean failing() {
    return state == CheckState.Fail || state == CheckState.Expired;
  }

  static CheckResult unscored(CheckInfo info, Priority priority, CheckState state, String message) {
    return new CheckResult(info, priority, state, message, List.of(), 0, 0, false, List.of());
  }
}
