package dev.prodready.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prodready.api.v1alpha1.GateSpec;
import dev.prodready.check.Checks;
import dev.prodready.check.EvaluationPolicy;
import dev.prodready.check.Fixture;
import dev.prodready.score.Scorer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadinessMetricsTest {

  @Test
  void seriesFollowTheNamespacesThatHaveProfiles() throws Exception {
    var registry = new SimpleMeterRegistry();
    var metrics = new ReadinessMetrics(registry);
    var snapshot = Fixture.load(Path.of("src/test/resources/status/namespace.yaml")).snapshot();
    var results = Checks.engine().evaluate(snapshot, EvaluationPolicy.defaults(10));
    var card = Scorer.score(results, new GateSpec());
    metrics.publish("a", "production", card, results);
    metrics.publish("b", "production", card, results);
    metrics.publish("a", "production", card, results);
    assertEquals(1, registry.find("prodready.score").tag("namespace", "a").gauges().size());
    assertEquals((double) card.score(), registry.get("prodready.score").tag("namespace", "a").gauge().value());

    metrics.retainOnly(Set.of("b"));
    assertEquals(0, registry.find("prodready.score").tag("namespace", "a").gauges().size());
    assertEquals(0, registry.find("prodready.check.failing").tag("namespace", "a").gauges().size());
    assertEquals(1, registry.find("prodready.score").tag("namespace", "b").gauges().size());
  }
}
