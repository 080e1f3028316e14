package dev.prodready.reconciler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.RetryInfo;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Regression for "API server down 3 minutes, then no profile is re-evaluated any more": on the last
 * retry the reconciler must end JOSDK's retry with its own reschedule (JOSDK 5.1.5 honours the
 * delay of a no-retry ErrorStatusUpdateControl; without one it waits 10 hours).
 */
class FailureReschedulingTest {

  private static final Duration DELAY = Duration.ofMinutes(1);

  @SuppressWarnings("unchecked")
  private static Context<ReadinessProfile> contextWith(Optional<RetryInfo> retry) {
    return (Context<ReadinessProfile>)
        Proxy.newProxyInstance(
            Context.class.getClassLoader(),
            new Class<?>[] {Context.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getRetryInfo")) {
                return retry;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static RetryInfo attempt(int count, boolean last) {
    return new RetryInfo() {
      @Override
      public int getAttemptCount() {
        return count;
      }

      @Override
      public boolean isLastAttempt() {
        return last;
      }
    };
  }

  @Test
  void whileRetriesRemainJosdkRetriesWithBackoff() {
    ErrorStatusUpdateControl<ReadinessProfile> control =
        FailureRescheduling.afterError(contextWith(Optional.of(attempt(2, false))), DELAY);
    assertTrue(control.isDefaultErrorProcessing());
  }

  @Test
  void theLastFailedAttemptIsRescheduledInsteadOfAbandoned() {
    ErrorStatusUpdateControl<ReadinessProfile> control =
        FailureRescheduling.afterError(contextWith(Optional.of(attempt(5, true))), DELAY);
    assertFalse(control.isDefaultErrorProcessing());
    assertTrue(control.isNoRetry(), "JOSDK only honours the delay of a no-retry control");
    assertTrue(
        control.getResource().isEmpty(), "nothing is written while the API server may be down");
    assertEquals(Optional.of(DELAY.toMillis()), control.getScheduleDelay());
  }

  @Test
  void withoutRetryInformationAFailureIsRescheduled() {
    ErrorStatusUpdateControl<ReadinessProfile> control =
        FailureRescheduling.afterError(contextWith(Optional.empty()), DELAY);
    assertEquals(Optional.of(DELAY.toMillis()), control.getScheduleDelay());
  }
}
