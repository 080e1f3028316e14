package dev.prodready.mockserver;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Every status write fails: the mock API server answers server-side apply with 415 (see
 * MockServerProfile), so with SSA on each reconcile throws. JOSDK retries once, quickly, and then
 * its retries are exhausted.
 */
public class FailingStatusWritesProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.operator-sdk.enable-ssa",
        "true",
        "quarkus.operator-sdk.controllers.readinessprofile.retry.max-attempts",
        "1",
        "quarkus.operator-sdk.controllers.readinessprofile.retry.interval.initial",
        "100",
        "prodready.reschedule-after-failure",
        "1s",
        "quarkus.http.test-port",
        "0");
  }
}
