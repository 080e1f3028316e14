package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.health.InformerHealthIndicator;
import io.javaoperatorsdk.operator.health.InformerWrappingEventSourceHealthIndicator;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Whether every informer a snapshot reads has finished its initial list. Start-up does not stop at
 * the cache sync timeout (quarkus.operator-sdk.stop-on-informer-error-during-startup=false), so
 * reconciles can start while a large informer is still listing; evaluating then would score a
 * namespace from a half-filled cache and write a wrong status. Readiness (/q/health/ready) reports
 * the same condition through the Quarkus Operator SDK health check.
 */
final class CacheSync {

  static final Duration RECHECK = Duration.ofSeconds(2);

  private CacheSync() {}

  static boolean complete(Context<ReadinessProfile> context) {
    return synced(NamespaceInformers.readSources(context));
  }

  static boolean synced(Stream<? extends InformerWrappingEventSourceHealthIndicator<?>> sources) {
    return sources.allMatch(
        s ->
            s.informerHealthIndicators().values().stream()
                .allMatch(InformerHealthIndicator::hasSynced));
  }
}
