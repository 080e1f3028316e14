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

  @Test
  void nextExpiryIsOneSeriesPerNamespaceRemovedWithIt() {
    var registry = new SimpleMeterRegistry();
    var metrics = new ReadinessMetrics(registry);
    metrics.nextExpiry("a", java.util.Optional.of(java.time.LocalDate.parse("2026-12-31")));
    metrics.nextExpiry("a", java.util.Optional.of(java.time.LocalDate.parse("2027-01-31")));
    metrics.nextExpiry("b", java.util.Optional.of(java.time.LocalDate.parse("2026-12-31")));
    var gauges = registry.find("prodready.next.expiry.timestamp.seconds").tag("namespace", "a").gauges();
    assertEquals(1, gauges.size());
    assertEquals(1_801_440_000d, gauges.iterator().next().value(), "2027-02-01T00:00:00Z, the first day it no longer applies");

    metrics.nextExpiry("a", java.util.Optional.empty());
    assertEquals(0, registry.find("prodready.next.expiry.timestamp.seconds").tag("namespace", "a").gauges().size());
    metrics.retainOnly(Set.of());
    assertEquals(0, registry.find("prodready.next.expiry.timestamp.seconds").gauges().size());
  }
}
