package dev.prodready.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Operator-wide settings (application.properties or env, e.g. PRODREADY_RESYNC_INTERVAL).
 * Per-namespace policy is in the CR.
 */
@ConfigMapping(prefix = "prodready")
public interface OperatorConfig {

  /** How many offenders each check lists in the status; the full count is always reported. */
  @WithDefault("10")
  int maxOffendersPerCheck();

  /** Period of re-evaluation without any change, which catches expiries. */
  @WithDefault("10m")
  Duration resyncInterval();

  /**
   * How often status.lastEvaluated is refreshed when nothing else in the status changed. Each
   * refresh is a status write of about 30 KB per profile, which the API server pays for, so it is
   * kept well above the resync interval (1,000 profiles at 1h: one write every 3.6 s; at the resync
   * interval of 10m it was six times that).
   */
  @WithDefault("1h")
  Duration statusHeartbeat();

  /**
   * When a reconcile has failed and JOSDK's retries are exhausted (e.g. the API server was down),
   * the profile is tried again after this delay, and periodically from then on.
   */
  @WithDefault("1m")
  Duration rescheduleAfterFailure();

  /** Splitting the cluster's namespaces between several instances (docs/sharding.md). */
  Shard shard();

  interface Shard {

    /**
     * Label selector on Namespaces (e.g. {@code prodready.dev/shard=a}); this instance evaluates
     * and caches only the namespaces it matches. Unset or empty: every namespace. Each shard needs
     * its own leader-election Lease name.
     */
    Optional<String> namespaceSelector();
  }

  /**
   * Periodic reconciles running at once at most; the pass is spread over resyncInterval and
   * event-driven reconciles never wait behind it (PeriodicEvaluation).
   */
  @WithDefault("2")
  int periodicMaxInFlight();

  /**
   * A profile is evaluated at most once per this interval; a burst of events inside it is
   * coalesced.
   */
  @WithDefault("250ms")
  Duration evaluationMinInterval();

  /** Leader election, for running several replicas (config/operator.yaml runs two). */
  LeaderElection leaderElection();

  interface LeaderElection {

    /** Off by default so the operator also runs outside a cluster (make run, make demo). */
    @WithDefault("false")
    boolean enabled();

    @WithDefault("prodready-operator")
    String leaseName();

    /** Namespace of the Lease; in a pod it defaults to the pod's own namespace. */
    Optional<String> leaseNamespace();

    /** A replica that loses the lease exits, so Kubernetes restarts it as a clean follower. */
    @WithDefault("true")
    boolean exitOnStopLeading();

    /**
     * How long a Lease not renewed stays held: a follower takes over at most this long (plus one
     * retry period) after the leader crashed. A leader that stops gracefully releases the Lease, so
     * a rolling update does not wait for it.
     */
    @WithDefault("10s")
    Duration leaseDuration();

    /**
     * How long the leader keeps trying to renew before it gives the Lease up (and exits); below
     * leaseDuration.
     */
    @WithDefault("8s")
    Duration renewDeadline();

    /** How often followers try to take the Lease and the leader renews it. */
    @WithDefault("2s")
    Duration retryPeriod();
  }
}
