package dev.prodready.check;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.Priority;
import java.util.List;

/**
 * The evaluated state of one catalog item.
 *
 * @param passFraction for scored states, the share of applicable workloads that pass (namespace checks: 0 or 1)
 * @param offenders failing objects, already capped; {@code offenderCount} is the full number
 */
public record CheckResult(CheckInfo info, Priority priority, CheckState state, String message, List<String> offenders,
    int offenderCount, double passFraction) {

  /** States that take part in the score: everything else leaves the denominator. */
  public boolean scored() {
    return state == CheckState.Pass || state == CheckState.Fail || state == CheckState.Attested
        || state == CheckState.Expired;
  }

  public boolean failing() {
    return state == CheckState.Fail || state == CheckState.Expired;
  }

  static CheckResult unscored(CheckInfo info, Priority priority, CheckState state, String message) {
    return new CheckResult(info, priority, state, message, List.of(), 0, 0);
  }
}
