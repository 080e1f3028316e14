package dev.prodready.reconciler;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Coalesces bursts of events for one namespace: a profile is evaluated at most once per {@code
 * minInterval}. The first event of a burst is evaluated at once (a single change shows without
 * delay); later ones inside the window are answered with "come back when the window ends", and
 * java-operator-sdk keeps one timer per profile, so a Helm upgrade touching 50 Deployments leads to
 * a few evaluations, the last one seeing the final state.
 */
final class EvaluationThrottle {

  private final Duration minInterval;
  private final Clock clock;
  private final Map<ResourceID, Long> lastStarted = new ConcurrentHashMap<>();

  EvaluationThrottle(Duration minInterval, Clock clock) {
    this.minInterval = minInterval;
    this.clock = clock;
  }

  /**
   * Empty when the profile may be evaluated now (and records that it is); else how long to wait.
   */
  Optional<Duration> admit(ResourceID id) {
    long now = clock.millis();
    Long last = lastStarted.get(id);
    if (last != null && now - last < minInterval.toMillis()) {
      return Optional.of(Duration.ofMillis(minInterval.toMillis() - (now - last)));
    }
    lastStarted.values().removeIf(started -> now - started >= minInterval.toMillis());
    lastStarted.put(id, now);
    return Optional.empty();
  }
}
