package dev.prodready.leader;

import dev.prodready.config.OperatorConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * prodready_leader: 1 while this replica reconciles (it holds the Lease, or leader election is
 * off), else 0. The maximum over the replicas is what the ProdreadyNoLeader alert watches.
 */
@Singleton
@Startup
public class LeaderStatus {

  private final AtomicBoolean leading = new AtomicBoolean();

  public LeaderStatus(MeterRegistry registry, OperatorConfig config) {
    leading.set(!config.leaderElection().enabled());
    // A strong reference: Micrometer holds gauge state weakly, and a collected state object reads
    // as NaN.
    Gauge.builder("prodready.leader", leading, l -> l.get() ? 1 : 0)
        .strongReference(true)
        .description(
            "1 while this replica reconciles (holds the leader Lease, or leader election is off)")
        .register(registry);
  }

  public void leading(boolean value) {
    leading.set(value);
  }

  public boolean leading() {
    return leading.get();
  }
}
