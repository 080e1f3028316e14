package dev.prodready.reconciler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.health.InformerHealthIndicator;
import io.javaoperatorsdk.operator.health.InformerWrappingEventSourceHealthIndicator;
import io.javaoperatorsdk.operator.health.Status;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CacheSyncTest {

  @Test
  void evaluationWaitsUntilEveryInformerHasListedOnce() {
    assertTrue(CacheSync.synced(Stream.of(source(true), source(true))));
    assertFalse(
        CacheSync.synced(Stream.of(source(true), source(false))), "one informer still listing");
  }

  private static InformerWrappingEventSourceHealthIndicator<Deployment> source(boolean synced) {
    InformerHealthIndicator informer =
        new InformerHealthIndicator() {
          public boolean hasSynced() {
            return synced;
          }

          public boolean isWatching() {
            return synced;
          }

          public boolean isRunning() {
            return true;
          }

          public Status getStatus() {
            return synced ? Status.HEALTHY : Status.UNHEALTHY;
          }

          public String getTargetNamespace() {
            return null;
          }
        };
    return () -> Map.of("all", informer);
  }
}
