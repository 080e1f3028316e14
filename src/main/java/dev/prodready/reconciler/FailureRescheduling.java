package dev.prodready.reconciler;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.RetryInfo;
import java.time.Duration;

/**
 * A failed reconcile is always tried again. JOSDK 5.1.5 retries with backoff, and once the retries
 * are exhausted (an API server down for a few minutes) it schedules the resource only at its
 * maximum reconciliation interval of 10 hours, so a profile would silently stop being re-evaluated
 * until some object in its namespace changed. On the last attempt this ends JOSDK's retry and
 * reschedules the resource itself, after a bounded delay.
 */
public final class FailureRescheduling {

  private FailureRescheduling() {}

  public static <P extends HasMetadata> ErrorStatusUpdateControl<P> afterError(
      Context<P> context, Duration delay) {
    boolean lastAttempt = context.getRetryInfo().map(RetryInfo::isLastAttempt).orElse(true);
    if (!lastAttempt) {
      return ErrorStatusUpdateControl.defaultErrorProcessing();
    }
    return ErrorStatusUpdateControl.<P>noStatusUpdate().withNoRetry().rescheduleAfter(delay);
  }

  /**
   * The same retry and reschedule, writing {@code failed} (a resource carrying only identity and a
   * status saying why): for failures of the operator's own steps, which the status must show.
   */
  public static <P extends HasMetadata> ErrorStatusUpdateControl<P> afterError(
      Context<P> context, Duration delay, P failed) {
    boolean lastAttempt = context.getRetryInfo().map(RetryInfo::isLastAttempt).orElse(true);
    var control = ErrorStatusUpdateControl.patchStatus(failed);
    return lastAttempt ? control.withNoRetry().rescheduleAfter(delay) : control;
  }
}
