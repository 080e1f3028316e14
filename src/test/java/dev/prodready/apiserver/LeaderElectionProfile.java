package dev.prodready.apiserver;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Leader election on, as config/operator.yaml runs it (QOSDK only activates it in listed profiles).
 */
public class LeaderElectionProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.operator-sdk.activate-leader-election-for-profiles",
        "prod,test",
        "prodready.leader-election.enabled",
        "true",
        // Quarkus stops this app before the next test class; exiting would kill the shared test
        // JVM.
        "prodready.leader-election.exit-on-stop-leading",
        "false",
        "prodready.leader-election.lease-namespace",
        OperatorServiceAccountResource.NAMESPACE);
  }
}
