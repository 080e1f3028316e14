package dev.prodready.apiserver;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** One shard of two: this instance owns the namespaces labelled prodready.dev/shard=a. */
public class ShardProfile implements QuarkusTestProfile {

  public static final String LABEL = "prodready.dev/shard";

  @Override
  public Map<String, String> getConfigOverrides() {
    // A free port: the machine is shared, and 8081 may be taken by another test run.
    return Map.of(
        "prodready.shard.namespace-selector", LABEL + "=a", "quarkus.http.test-port", "0");
  }
}
