package dev.prodready.reconciler;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Duration;

/**
 * Gives every profile a fixed phase inside the resync interval, derived from its namespace and
 * name, so a periodic pass over 1,000 profiles is spread evenly over the interval instead of
 * landing at once. Pure and stateless: the same profile keeps its slot across restarts and
 * replicas.
 */
final class SpreadSchedule {

  private final long intervalMillis;

  SpreadSchedule(Duration interval) {
    if (interval.toMillis() <= 0) {
      throw new IllegalArgumentException("resync interval must be positive: " + interval);
    }
    this.intervalMillis = interval.toMillis();
  }

  long phaseMillis(ResourceID id) {
    String key = id.getNamespace().orElse("") + "/" + id.getName();
    long h = key.hashCode() * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return Math.floorMod(h, intervalMillis);
  }

  /**
   * Whether the profile's slot falls in (fromMillis, toMillis], both epoch milliseconds; at most
   * once per call.
   */
  boolean dueBetween(ResourceID id, long fromMillis, long toMillis) {
    long phase = phaseMillis(id);
    return Math.floorDiv(toMillis - phase, intervalMillis)
        > Math.floorDiv(fromMillis - phase, intervalMillis);
  }
}
