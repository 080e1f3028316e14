package dev.prodready.reconciler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.metrics.ReadinessMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaleSeriesSweepTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ReadinessMetrics metrics = new ReadinessMetrics(registry);

  private long seriesOf(String namespace) {
    return registry.getMeters().stream()
        .filter(m -> namespace.equals(m.getId().getTag("namespace")))
        .count();
  }

  @Test
  void theSeriesOfTheLastDeletedProfileGoWithoutAnyReconcile() {
    metrics.nextExpiry("shop", Optional.of(LocalDate.of(2030, 1, 1)));
    Set<String> profiles = new HashSet<>(Set.of("shop"));
    var sweep = new StaleSeriesSweep(metrics, () -> profiles);

    sweep.sweep();
    assertTrue(seriesOf("shop") > 0, "the profile still exists");

    profiles.clear();
    sweep.sweep();
    assertEquals(0, seriesOf("shop"));
  }
}
