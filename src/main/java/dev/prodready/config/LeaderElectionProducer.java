package dev.prodready.config;

import dev.prodready.metrics.LeaderStatus;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/**
 * Hands the Quarkus Operator SDK a leader-election configuration when prodready.leader-election.enabled is true
 * (QOSDK uses it in the profiles of quarkus.operator-sdk.activate-leader-election-for-profiles, prod by default).
 * Without it, every replica would reconcile and write status. The callbacks keep prodready_leader up to date.
 */
public class LeaderElectionProducer {

  @Produces
  @Dependent
  LeaderElectionConfiguration leaderElection(OperatorConfig config, LeaderStatus leader) {
    var le = config.leaderElection();
    if (!le.enabled()) {
      return null;
    }
    var callbacks = new LeaderCallbacks(() -> leader.leading(true), () -> leader.leading(false), identity -> {
    });
    return new LeaderElectionConfiguration(le.leaseName(), le.leaseNamespace().orElse(null),
        LeaderElectionConfiguration.LEASE_DURATION_DEFAULT_VALUE, LeaderElectionConfiguration.RENEW_DEADLINE_DEFAULT_VALUE,
        LeaderElectionConfiguration.RETRY_PERIOD_DEFAULT_VALUE, null, callbacks, le.exitOnStopLeading());
  }
}
