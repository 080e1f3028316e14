package dev.prodready.reconciler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationThrottleTest {

  private final ManualClock clock = new ManualClock();
  private final EvaluationThrottle throttle = new EvaluationThrottle(Duration.ofMillis(250), clock);
  private final ResourceID shop = new ResourceID("production", "shop");

  @Test
  void aSingleChangeIsEvaluatedAtOnce() {
    assertEquals(Optional.empty(), throttle.admit(shop));
    clock.advance(Duration.ofSeconds(5));
    assertEquals(Optional.empty(), throttle.admit(shop));
    assertEquals(
        Optional.empty(),
        throttle.admit(new ResourceID("other", "shop")),
        "profiles are throttled apart");
  }

  /** 50 Deployments updated one every 20 ms (a Helm upgrade): a handful of evaluations, not 50. */
  @Test
  void aBurstOfEventsIsCoalesced() {
    int evaluations = 0;
    Duration pending = null;
    for (int i = 0; i < 50; i++) {
      Optional<Duration> wait = throttle.admit(shop);
      if (wait.isEmpty()) {
        evaluations++;
      } else {
        pending = wait.get();
      }
      clock.advance(Duration.ofMillis(20));
    }
    assertTrue(evaluations <= 5, evaluations + " evaluations for 50 events in one second");
    assertTrue(
        pending != null && pending.toMillis() <= 250,
        "the rest is answered with a short reschedule");
  }
}
