package dev.prodready.metrics;

import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * java-operator-sdk's own metrics, aggregated per controller. The Quarkus Operator SDK default
 * collects them per resource (a histogram per ReadinessProfile, never removed after the profile is
 * deleted): 69,000 series at 1,000 namespaces. Replacing its default bean keeps reconcile counts
 * and timings without a namespace or name label.
 */
public class FrameworkMetrics {

  @Produces
  @Singleton
  Metrics metrics(MeterRegistry registry) {
    return MicrometerMetrics.withoutPerResourceMetrics(registry);
  }
}
