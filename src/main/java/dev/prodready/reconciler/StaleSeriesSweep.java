package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.metrics.ReadinessMetrics;
import io.javaoperatorsdk.operator.processing.event.source.AbstractEventSource;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Removes the metric series of namespaces that no longer have a profile, on a timer of its own
 * rather than in every reconcile: a reconcile scanned every cached profile (work growing with the
 * cluster on the hot path), and after the last profile of the cluster (or of this shard) was
 * deleted no reconcile ran any more, so the series of that namespace stayed forever. An event
 * source only for its lifecycle (started and stopped with the controller); it sends no events.
 */
final class StaleSeriesSweep extends AbstractEventSource<Void, ReadinessProfile> {

  private static final Logger LOG = Logger.getLogger(StaleSeriesSweep.class);
  static final Duration PERIOD = Duration.ofSeconds(30);

  private final ReadinessMetrics metrics;
  private final Supplier<Set<String>> namespacesWithProfiles;
  private ScheduledExecutorService timer;

  StaleSeriesSweep(ReadinessMetrics metrics, Supplier<Set<String>> namespacesWithProfiles) {
    super(Void.class, "stale-series-sweep");
    this.metrics = metrics;
    this.namespacesWithProfiles = namespacesWithProfiles;
  }

  @Override
  public synchronized void start() {
    super.start();
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "stale-series-sweep");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        this::sweep, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
    super.stop();
  }

  void sweep() {
    try {
      metrics.retainOnly(namespacesWithProfiles.get());
    } catch (RuntimeException e) {
      LOG.warnf(e, "removing the series of deleted profiles failed; retrying in %s", PERIOD);
    }
  }

  @Override
  public Set<Void> getSecondaryResources(ReadinessProfile primary) {
    return Set.of();
  }
}
