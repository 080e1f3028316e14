package dev.prodready.reconciler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javaoperatorsdk.operator.processing.event.Event;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PeriodicEvaluationTest {

  private static final Duration INTERVAL = Duration.ofMinutes(2);
  private static final List<ResourceID> PROFILES =
      IntStream.range(0, 1000).mapToObj(i -> new ResourceID("production", "team-" + i)).toList();

  @Test
  void aPassIsSpreadEvenlyOverTheIntervalAndReachesEveryProfileOnce() {
    var schedule = new SpreadSchedule(INTERVAL);
    Map<Long, Integer> perSecond = new HashMap<>();
    long start = 1_000_000L;
    for (ResourceID id : PROFILES) {
      int times = 0;
      for (long s = 0; s < INTERVAL.toSeconds(); s++) {
        if (schedule.dueBetween(id, start + s * 1000, start + (s + 1) * 1000)) {
          times++;
          perSecond.merge(s, 1, Integer::sum);
        }
      }
      assertEquals(1, times, id + " once per interval");
    }
    int average = PROFILES.size() / (int) INTERVAL.toSeconds();
    int busiest = perSecond.values().stream().max(Integer::compare).orElseThrow();
    assertTrue(
        busiest <= 3 * average + 3, "busiest second enqueues " + busiest + ", average " + average);
  }

  @Test
  void onlyAFewPeriodicReconcilesAreInFlightAndEachEndLetsTheNextGo() {
    var clock = new ManualClock();
    var periodic = new PeriodicEvaluation(INTERVAL, 2, PROFILES::stream, clock);
    List<ResourceID> fired = new ArrayList<>();
    periodic.setEventHandler((Event e) -> fired.add(e.getRelatedCustomResourceID()));

    clock.advance(INTERVAL.plusSeconds(1));
    periodic.tick();
    assertEquals(2, fired.size(), "a whole interval is due at once, only two are dispatched");
    assertEquals(PROFILES.size() - 2, periodic.waiting());

    periodic.finished(fired.get(0));
    assertEquals(3, fired.size());
    periodic.finished(new ResourceID("production", "not-dispatched-by-the-pass"));
    assertEquals(
        3, fired.size(), "an event-driven reconcile ending does not release a periodic slot");
  }

  @Test
  void aProfileIsEnqueuedAgainEveryIntervalWhateverItsReconcileDid() {
    var clock = new ManualClock();
    var one = List.of(new ResourceID("shop", "production"));
    var periodic = new PeriodicEvaluation(INTERVAL, 2, one::stream, clock);
    List<ResourceID> fired = new ArrayList<>();
    periodic.setEventHandler((Event e) -> fired.add(e.getRelatedCustomResourceID()));
    for (int i = 0; i < 3 * INTERVAL.toSeconds(); i++) {
      clock.advance(Duration.ofSeconds(1));
      periodic.tick();
      // the reconcile fails every time (never reports back): the in-flight slot expires and the
      // next slot fires anyway
    }
    assertEquals(3, fired.size(), "three intervals, three periodic reconciles: " + fired);
  }
}
