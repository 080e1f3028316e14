package dev.prodready.leader;

import dev.prodready.config.OperatorConfig;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * What happens to the leader-election Lease when this replica stops, worked around for
 * java-operator-sdk 5.1.5:
 *
 * <ul>
 *   <li>JOSDK exits the JVM with System.exit from inside its own shutdown when told to exit on lost
 *       leadership, which hangs the JVM (upstream issues 1614 and 3376). JOSDK is therefore never
 *       told to exit; {@link #onStopLeading()} exits instead, unless the process is already
 *       shutting down.
 *   <li>JOSDK does not release the Lease on shutdown, so a follower waits out the whole lease
 *       duration. After JOSDK has stopped all reconciliation, {@link #releaseAfterOperatorStopped}
 *       hands the Lease back (empty holder), and a follower takes it at its next retry.
 * </ul>
 */
@ApplicationScoped
public class LeaseHandover {

  private static final Logger LOG = Logger.getLogger(LeaseHandover.class);

  /**
   * The Lease update at shutdown must not hold up the shutdown when the API server is unreachable.
   */
  private static final long RELEASE_TIMEOUT_SECONDS = 3;

  /**
   * Before Quarkus Operator SDK's own ShutdownEvent observer (default priority), which stops JOSDK.
   */
  static final int BEFORE_OPERATOR_STOP = 1;

  /** After it: JOSDK has stopped its controllers and waited for running reconciles. */
  static final int AFTER_OPERATOR_STOP = 100_000;

  private final String identity = newIdentity();
  private volatile boolean shuttingDown;

  private final KubernetesClient client;
  private final OperatorConfig config;

  public LeaseHandover(KubernetesClient client, OperatorConfig config) {
    this.client = client;
    this.config = config;
  }

  /**
   * Unique per process: two replicas on one host (or a restarted pod) must never share an identity.
   */
  private static String newIdentity() {
    String host = System.getenv().getOrDefault("HOSTNAME", "prodready");
    return host + "_" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String identity() {
    return identity;
  }

  /**
   * Lost the Lease while running: exit so that this replica never writes alongside the new leader.
   */
  public void onStopLeading() {
    if (shuttingDown) {
      LOG.info("Stopped leading during shutdown");
      return;
    }
    if (!config.leaderElection().exitOnStopLeading()) {
      LOG.warn(
          "Stopped leading; configured not to exit (prodready.leader-election.exit-on-stop-leading=false)");
      return;
    }
    LOG.error("Lost the leader-election Lease; exiting so that only the new leader writes");
    // Not System.exit on the leader elector's thread: the shutdown it starts waits for that thread
    // to finish.
    var exit = new Thread(() -> System.exit(1), "prodready-exit-on-lost-lease");
    exit.setDaemon(false);
    exit.start();
  }

  void markShuttingDown(@Observes @Priority(BEFORE_OPERATOR_STOP) ShutdownEvent event) {
    shuttingDown = true;
  }

  void releaseAfterOperatorStopped(@Observes @Priority(AFTER_OPERATOR_STOP) ShutdownEvent event) {
    if (!config.leaderElection().enabled()) {
      return;
    }
    try {
      CompletableFuture.runAsync(this::release).get(RELEASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warnf(
          "Could not release the leader-election Lease at shutdown (%s); a follower takes over when it expires",
          e.toString());
    }
  }

  /**
   * Empties the Lease's holder if this process holds it; an optimistic-locked update, so a new
   * holder is kept. Uses a client of its own: JOSDK closes the application's client when it stops.
   */
  public boolean release() {
    try (KubernetesClient own =
        new KubernetesClientBuilder().withConfig(client.getConfiguration()).build()) {
      String namespace = config.leaderElection().leaseNamespace().orElse(own.getNamespace());
      var lease =
          own.resources(Lease.class)
              .inNamespace(namespace)
              .withName(config.leaderElection().leaseName())
              .get();
      if (lease == null
          || lease.getSpec() == null
          || !identity.equals(lease.getSpec().getHolderIdentity())) {
        return false;
      }
      lease.getSpec().setHolderIdentity(null);
      lease.getSpec().setLeaseDurationSeconds(1);
      lease.getSpec().setRenewTime(ZonedDateTime.now());
      own.resource(lease).update();
      LOG.infof(
          "Released the leader-election Lease %s/%s", namespace, lease.getMetadata().getName());
      return true;
    }
  }
}
