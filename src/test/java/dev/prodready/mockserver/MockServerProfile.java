package dev.prodready.mockserver;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The fabric8 mock API server does not implement server-side apply (status patches get 415 and are
 * retried forever), so mock-server tests use JSON patches. Production and the apiserver test layer
 * keep SSA on.
 */
public class MockServerProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.operator-sdk.enable-ssa", "false");
  }
}
