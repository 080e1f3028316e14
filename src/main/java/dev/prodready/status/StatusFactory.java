package dev.prodready.status;

import dev.prodready.api.v1alpha1.CheckStatus;
import dev.prodready.api.v1alpha1.ExemptionStatus;
import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.api.v1alpha1.RemediationStatus;
import dev.prodready.api.v1alpha1.ScoreChange;
import dev.prodready.check.CheckResult;
import dev.prodready.score.ScoreCard;
import io.fabric8.kubernetes.api.model.Condition;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Builds the next status from an evaluation and the previous status; pure, so "same input, equal
 * status" holds and is tested. lastEvaluated and condition transition times move only when
 * something changed (or the heartbeat is due).
 */
public final class StatusFactory {

  public static final String REASON_EVALUATED = "Evaluated";
  public static final String REASON_DUPLICATE = "DuplicateProfile";
  public static final String REASON_INVALID = "InvalidSpec";

  private final Duration heartbeat;

  public StatusFactory(Duration heartbeat) {
    this.heartbeat = heartbeat;
  }

  /** How many score or gate changes status.history keeps. */
  public static final int HISTORY_SIZE = 10;

  public ReadinessProfileStatus evaluated(
      ReadinessProfileStatus previous,
      Long generation,
      List<CheckResult> results,
      ScoreCard card,
      Instant now) {
    return evaluated(previous, generation, results, card, List.of(), null, now);
  }

  public ReadinessProfileStatus evaluated(
      ReadinessProfileStatus previous,
      Long generation,
      List<CheckResult> results,
      ScoreCard card,
      List<ExemptionStatus> rejectedExemptions,
      RemediationStatus remediation,
      Instant now) {
    var checks = results.stream().map(StatusFactory::toStatus).toList();
    var exemptions = new ArrayList<ExemptionStatus>();
    results.forEach(r -> exemptions.addAll(r.exemptions()));
    exemptions.addAll(rejectedExemptions);
    exemptions.sort(
        Comparator.comparing(ExemptionStatus::check).thenComparing(ExemptionStatus::target));
    String time = format(now);
    var conditions =
        Conditions.set(
            previousConditions(previous),
            Conditions.READY,
            true,
            REASON_EVALUATED,
            results.size()
                + " checks evaluated: "
                + card.summary().passed()
                + " pass, "
                + card.summary().failed()
                + " fail",
            generation,
            time);
    conditions =
        Conditions.set(
            conditions,
            Conditions.CHECKS_PASSING,
            card.gate() == GateResult.Pass,
            card.gate() == GateResult.Pass ? "GatePassed" : "GateFailed",
            card.gateReason(),
            generation,
            time);
    var next =
        new ReadinessProfileStatus(
            generation,
            null,
            card.score(),
            card.grade(),
            card.gate(),
            card.summary(),
            card.categories(),
            remediation == null
                ? checks
                : RemediationNotes.noteCreatedGuardrails(checks, remediation),
            remediation,
            exemptions,
            history(previous, card, time),
            conditions);
    return withLastEvaluated(previous, next, now);
  }

  /**
   * The profile was not evaluated (duplicate or invalid): previous results stay visible, Ready says
   * why. A duplicate shows no results of its own.
   */
  public ReadinessProfileStatus notEvaluated(
      ReadinessProfileStatus previous,
      Long generation,
      String reason,
      String message,
      Instant now) {
    var kept = previous == null ? ReadinessProfileStatus.EMPTY : previous;
    boolean duplicate = REASON_DUPLICATE.equals(reason);
    var conditions =
        Conditions.set(
            previousConditions(previous),
            Conditions.READY,
            false,
            reason,
            message,
            generation,
            format(now));
    var next =
        new ReadinessProfileStatus(
            generation,
            kept.lastEvaluated(),
            duplicate ? null : kept.score(),
            duplicate ? null : kept.grade(),
            duplicate ? null : kept.gate(),
            duplicate ? null : kept.summary(),
            duplicate ? List.of() : kept.categories(),
            duplicate ? List.of() : kept.checks(),
            kept.remediation(),
            kept.exemptions(),
            kept.history(),
            Conditions.remove(conditions, Conditions.CHECKS_PASSING));
    return withLastEvaluated(previous, next, now);
  }

  private static List<ScoreChange> history(
      ReadinessProfileStatus previous, ScoreCard card, String time) {
    var history = new ArrayList<ScoreChange>(previous == null ? List.of() : previous.history());
    ScoreChange last = history.isEmpty() ? null : history.get(history.size() - 1);
    if (last == null || !Objects.equals(last.score(), card.score()) || last.gate() != card.gate()) {
      history.add(new ScoreChange(time, card.score(), card.gate()));
    }
    return history.size() <= HISTORY_SIZE
        ? history
        : new ArrayList<>(history.subList(history.size() - HISTORY_SIZE, history.size()));
  }

  private ReadinessProfileStatus withLastEvaluated(
      ReadinessProfileStatus previous, ReadinessProfileStatus next, Instant now) {
    String last = previous == null ? null : previous.lastEvaluated();
    var unchanged = next.withLastEvaluated(last);
    boolean changed = previous == null || !unchanged.equals(previous);
    boolean heartbeatDue =
        last == null || Instant.parse(last).plus(heartbeat).isBefore(now.plusSeconds(1));
    return changed || heartbeatDue ? next.withLastEvaluated(format(now)) : unchanged;
  }

  private static List<Condition> previousConditions(ReadinessProfileStatus previous) {
    return previous == null ? List.of() : previous.conditions();
  }

  static CheckStatus toStatus(CheckResult r) {
    return new CheckStatus(
        r.info().id(),
        r.info().ref(),
        r.info().category().displayName(),
        r.priority(),
        r.state(),
        r.message(),
        r.offenders().isEmpty() ? null : r.offenders(),
        r.offenderCount() == 0 ? null : r.offenderCount());
  }

  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
