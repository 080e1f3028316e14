package dev.prodready.reconciler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.check.CheckEngine;
import dev.prodready.check.Checks;
import dev.prodready.config.OperatorConfig;
import dev.prodready.events.StatusAnnouncer;
import dev.prodready.metrics.ReadinessMetrics;
import dev.prodready.remediation.Remediator;
import dev.prodready.status.Conditions;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.RetryInfo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A failure of the snapshot, the evaluation or the remediation shows in the status as Ready=False
 * with its reason; a refused status write still writes nothing.
 */
class ReconcileFailureStatusTest {

  private static final Duration DELAY = Duration.ofMinutes(1);

  private static OperatorConfig config() {
    return (OperatorConfig)
        Proxy.newProxyInstance(
            OperatorConfig.class.getClassLoader(),
            new Class<?>[] {OperatorConfig.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "resyncInterval" -> Duration.ofMinutes(10);
                  case "statusHeartbeat" -> Duration.ofHours(1);
                  case "evaluationMinInterval" -> Duration.ZERO;
                  case "rescheduleAfterFailure" -> DELAY;
                  case "maxOffendersPerCheck" -> 10;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @SuppressWarnings("unchecked")
  private static Context<ReadinessProfile> lastAttempt() {
    RetryInfo last =
        new RetryInfo() {
          @Override
          public int getAttemptCount() {
            return 3;
          }

          @Override
          public boolean isLastAttempt() {
            return true;
          }
        };
    return (Context<ReadinessProfile>)
        Proxy.newProxyInstance(
            Context.class.getClassLoader(),
            new Class<?>[] {Context.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getRetryInfo")) {
                return Optional.of(last);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static ReadinessProfileReconciler reconciler() {
    CheckEngine engine = Checks.engine();
    var metrics = new ReadinessMetrics(new SimpleMeterRegistry());
    return new ReadinessProfileReconciler(
        engine,
        new SpecValidator(engine),
        metrics,
        new StatusAnnouncer(new StatusPatchTest.RecordedEvents(), metrics),
        config(),
        Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC),
        new Remediator(null, true));
  }

  private static ReadinessProfile profile() {
    var p = new ReadinessProfile();
    p.setMetadata(
        new ObjectMetaBuilder()
            .withName("production")
            .withNamespace("shop")
            .withGeneration(3L)
            .build());
    return p;
  }

  @Test
  void aFailingStepIsTaggedWithItsReason() {
    var failure =
        assertThrows(
            ReconcileFailure.class,
            () ->
                ReconcileFailure.during(
                    ReconcileFailure.REMEDIATION_FAILED,
                    () -> {
                      throw new IllegalStateException("boom");
                    }));
    assertEquals(ReconcileFailure.REMEDIATION_FAILED, failure.reason());
    assertEquals(failure, ReconcileFailure.in(new RuntimeException(failure)));
  }

  @Test
  void anExceptionInRemediationGivesReadyFalseWithTheReason() {
    var failure =
        new ReconcileFailure(
            ReconcileFailure.REMEDIATION_FAILED, new IllegalStateException("boom"));
    var control = reconciler().updateErrorStatus(profile(), lastAttempt(), failure);
    assertTrue(control.getResource().isPresent(), "the failure is written to the status");
    var ready = Conditions.find(control.getResource().get().getStatus().conditions(), "Ready");
    assertEquals("False", ready.getStatus());
    assertEquals("RemediationFailed", ready.getReason());
    assertTrue(ready.getMessage().contains("boom"), ready.getMessage());
    assertEquals(3L, ready.getObservedGeneration());
    assertTrue(control.isNoRetry());
    assertEquals(Optional.of(DELAY.toMillis()), control.getScheduleDelay());
  }

  @Test
  void aRefusedStatusWriteStillWritesNothing() {
    var control =
        reconciler()
            .updateErrorStatus(profile(), lastAttempt(), new KubernetesClientException("down"));
    assertFalse(control.getResource().isPresent());
    assertEquals(Optional.of(DELAY.toMillis()), control.getScheduleDelay());
  }
}
