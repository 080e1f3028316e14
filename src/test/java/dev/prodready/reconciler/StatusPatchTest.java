package dev.prodready.reconciler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.api.v1alpha1.GuardrailAction;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.api.v1alpha1.RemediationAction;
import dev.prodready.api.v1alpha1.RemediationMode;
import dev.prodready.api.v1alpha1.RemediationStatus;
import dev.prodready.events.ProfileEvents;
import dev.prodready.events.StatusAnnouncer;
import dev.prodready.metrics.ReadinessMetrics;
import dev.prodready.status.StatusFactory;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events are announced from the difference of two statuses, and only for a status written. */
class StatusPatchTest {

  /** Records the reasons of the Events instead of creating them. */
  static final class RecordedEvents extends ProfileEvents {
    final List<String> reasons = new ArrayList<>();

    RecordedEvents() {
      super(null);
    }

    @Override
    public void normal(ReadinessProfile profile, String reason, String message) {
      reasons.add(reason);
    }

    @Override
    public void warning(ReadinessProfile profile, String reason, String message) {
      reasons.add(reason);
    }
  }

  private final RecordedEvents events = new RecordedEvents();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final StatusAnnouncer announcer =
      new StatusAnnouncer(events, new ReadinessMetrics(registry));

  private static ReadinessProfile profileWith(ReadinessProfileStatus status) {
    var p = new ReadinessProfile();
    p.setMetadata(new ObjectMetaBuilder().withName("production").withNamespace("shop").build());
    p.setStatus(status);
    return p;
  }

  private static ReadinessProfileStatus status(GateResult gate, RemediationAction... actions) {
    return new ReadinessProfileStatus(
        1L,
        "2026-11-26T10:00:00Z",
        gate == GateResult.Pass ? 90 : 40,
        null,
        gate,
        null,
        null,
        null,
        new RemediationStatus(RemediationMode.Enforce, "Enforce", List.of(actions)),
        null,
        null,
        null);
  }

  private static RemediationAction action(GuardrailAction action) {
    return new RemediationAction(
        "PodDisruptionBudget", "prodready-deployment-api", action, "why", "pdb-coverage", Map.of());
  }

  @Test
  void anUnchangedStatusIsNotWrittenAndAnnouncesNothing() {
    var current = status(GateResult.Fail, action(GuardrailAction.HeldBack));
    var control =
        StatusPatch.ifChanged(
            profileWith(current),
            status(GateResult.Fail, action(GuardrailAction.HeldBack)),
            announcer);
    assertFalse(control.isPatchStatus());
    assertEquals(List.of(), events.reasons);
    assertTrue(registry.find("prodready.remediation.actions").counters().isEmpty());
  }

  @Test
  void aWrittenStatusAnnouncesWhatChangedOnce() {
    var first = status(GateResult.Fail, action(GuardrailAction.HeldBack));
    var control = StatusPatch.ifChanged(profileWith(null), first, announcer);
    assertTrue(control.isPatchStatus());
    assertEquals(List.of("GateFailed", "GuardrailHeldBack"), events.reasons);

    events.reasons.clear();
    var created = status(GateResult.Pass, action(GuardrailAction.Created));
    StatusPatch.ifChanged(profileWith(first), created, announcer);
    assertEquals(List.of("GatePassed", "GuardrailCreated"), events.reasons);

    events.reasons.clear();
    var heartbeat = created.withLastEvaluated("2026-11-26T10:10:00Z");
    assertTrue(StatusPatch.ifChanged(profileWith(created), heartbeat, announcer).isPatchStatus());
    assertEquals(List.of(), events.reasons, "a status that reports the same facts announces none");
  }

  @Test
  void anInvalidSpecDoesNotAnnounceTheRemediationItKeeps() {
    var factory = new StatusFactory(Duration.ofMinutes(10));
    var evaluated = status(GateResult.Pass, action(GuardrailAction.Created));
    var invalid =
        factory.notEvaluated(
            evaluated,
            2L,
            StatusFactory.REASON_INVALID,
            "bad",
            Instant.parse("2026-11-26T10:01:00Z"));
    assertTrue(StatusPatch.ifChanged(profileWith(evaluated), invalid, announcer).isPatchStatus());
    assertEquals(List.of(), events.reasons);
  }
}
