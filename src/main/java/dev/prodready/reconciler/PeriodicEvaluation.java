package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import io.javaoperatorsdk.operator.processing.event.Event;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.AbstractEventSource;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The periodic re-evaluation, owned by the operator rather than left to each reconcile's
 * rescheduleAfter:
 *
 * <ul>
 *   <li>every profile is enqueued once per resync interval at its own phase ({@link
 *       SpreadSchedule}), so a pass is spread over the interval;
 *   <li>at most {@code maxInFlight} periodic reconciles run at a time; the rest wait here, not in
 *       the reconcile executor's queue, so an event-driven reconcile (a person's change) never
 *       queues behind a periodic pass. When the machine is too slow for the rate, the pass
 *       stretches instead of piling up;
 *   <li>a profile is enqueued whatever its last reconcile did, so one whose retries were exhausted
 *       (java-operator-sdk 5.1.5 would next look at it after 10 hours) is evaluated again at its
 *       next slot.
 * </ul>
 */
public class PeriodicEvaluation extends AbstractEventSource<Void, ReadinessProfile> {

  private static final Logger LOG = Logger.getLogger(PeriodicEvaluation.class);
  static final String NAME = "periodic-evaluation";

  /**
   * A dispatched profile that never reports back (deleted meanwhile) stops counting as in flight
   * after this.
   */
  private static final Duration IN_FLIGHT_EXPIRY = Duration.ofMinutes(1);

  private final SpreadSchedule schedule;
  private final Supplier<Stream<ResourceID>> profiles;
  private final int maxInFlight;
  private final Clock clock;
  private final Set<ResourceID> due = new LinkedHashSet<>();
  private final Map<ResourceID, Long> inFlight = new HashMap<>();
  private ScheduledExecutorService ticker;
  private long lastTick;

  public PeriodicEvaluation(
      Duration interval, int maxInFlight, Supplier<Stream<ResourceID>> profiles, Clock clock) {
    super(Void.class, NAME);
    this.schedule = new SpreadSchedule(interval);
    this.maxInFlight = Math.max(1, maxInFlight);
    this.profiles = profiles;
    this.clock = clock;
    this.lastTick = clock.millis();
  }

  @Override
  public synchronized void start() {
    super.start();
    lastTick = clock.millis();
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, NAME);
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleWithFixedDelay(this::safeTick, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  public synchronized void stop() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    super.stop();
  }

  private void safeTick() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.warnf(e, "periodic evaluation tick failed; retrying at the next tick");
    }
  }

  /**
   * Enqueues the profiles whose slot passed since the last tick, then dispatches as many as may
   * run.
   */
  synchronized void tick() {
    long now = clock.millis();
    long from = lastTick;
    lastTick = now;
    profiles.get().filter(id -> schedule.dueBetween(id, from, now)).forEach(due::add);
    inFlight.values().removeIf(started -> now - started > IN_FLIGHT_EXPIRY.toMillis());
    dispatch(now);
  }

  /** Called by the reconciler when a reconcile of this profile ends, whatever triggered it. */
  public synchronized void finished(ResourceID id) {
    if (inFlight.remove(id) != null) {
      dispatch(clock.millis());
    }
  }

  synchronized int waiting() {
    return due.size();
  }

  private void dispatch(long now) {
    var it = due.iterator();
    while (inFlight.size() < maxInFlight && it.hasNext()) {
      ResourceID id = it.next();
      it.remove();
      if (inFlight.containsKey(id)) {
        continue;
      }
      inFlight.put(id, now);
      getEventHandler().handleEvent(new Event(id));
    }
  }

  @Override
  public Set<Void> getSecondaryResources(ReadinessProfile primary) {
    return Set.of();
  }
}
