package dev.prodready.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The environment variables the chart sets reach the settings the operator reads: resolved the way
 * Quarkus resolves them (SmallRye's environment source, above application.properties).
 */
@Tag("tools")
class ChartEnvTest {

  @Test
  void renderedEnvironmentSetsTheOperatorsProperties() throws Exception {
    var env =
        ChartRenderTest.env(
            Helm.render(
                "shard-a",
                "ops",
                "--set",
                String.join(
                    ",",
                    "watchNamespaces={team-a,team-b}",
                    "resyncInterval=5m",
                    "statusHeartbeat=6h",
                    "maxOffendersPerCheck=3",
                    "log.format=text",
                    "log.level=DEBUG",
                    "shard.namespaceSelector=prodready.dev/shard=a")));
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withSources(new EnvConfigSource(Map.copyOf(env), 300))
            .withSources(new PropertiesConfigSource(applicationProperties(), 250))
            .build();

    assertEquals(
        "team-a,team-b",
        config.getRawValue("quarkus.operator-sdk.controllers.readinessprofile.namespaces"));
    assertEquals("5m", config.getRawValue("prodready.resync-interval"));
    assertEquals("6h", config.getRawValue("prodready.status-heartbeat"));
    assertEquals("3", config.getRawValue("prodready.max-offenders-per-check"));
    assertEquals("true", config.getRawValue("prodready.leader-election.enabled"));
    assertEquals("shard-a-prodready", config.getRawValue("prodready.leader-election.lease-name"));
    assertEquals("prodready.dev/shard=a", config.getRawValue("prodready.shard.namespace-selector"));
    assertEquals("false", config.getRawValue("quarkus.log.console.json.enabled"));
    assertEquals("DEBUG", config.getRawValue("quarkus.log.level"));
  }

  private static URL applicationProperties() throws Exception {
    return Path.of("src/main/resources/application.properties").toUri().toURL();
  }
}
