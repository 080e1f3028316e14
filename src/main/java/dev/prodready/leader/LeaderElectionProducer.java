package dev.prodready.leader;

import dev.prodready.config.OperatorConfig;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/**
 * Hands the Quarkus Operator SDK a leader-election configuration when
 * prodready.leader-election.enabled is true (QOSDK uses it in the profiles of
 * quarkus.operator-sdk.activate-leader-election-for-profiles, prod by default). Without it, every
 * replica would reconcile and write status. The callbacks keep prodready_leader up to date; exiting
 * on a lost Lease and releasing the Lease at shutdown are done by {@link LeaseHandover}, not by
 * JOSDK (see there why).
 */
public class LeaderElectionProducer {

  @Produces
  @Dependent
  LeaderElectionConfiguration leaderElection(
      OperatorConfig config, LeaseHandover handover, LeaderStatus leader) {
    var le = config.leaderElection();
    if (!le.enabled()) {
      return null;
    }
    var callbacks =
        new LeaderCallbacks(
            () -> leader.leading(true),
            () -> {
              leader.leading(false);
              handover.onStopLeading();
            },
            identity -> {});
    return new LeaderElectionConfiguration(
        le.leaseName(),
        le.leaseNamespace().orElse(null),
        le.leaseDuration(),
        le.renewDeadline(),
        le.retryPeriod(),
        handover.identity(),
        callbacks,
        false);
  }
}
