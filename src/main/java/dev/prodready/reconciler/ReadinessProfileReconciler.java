package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.api.v1alpha1.RemediationStatus;
import dev.prodready.cache.PrunedItemStore;
import dev.prodready.check.CheckEngine;
import dev.prodready.config.OperatorConfig;
import dev.prodready.evaluation.Evaluation;
import dev.prodready.evaluation.Evaluator;
import dev.prodready.events.ProfileEvents;
import dev.prodready.metrics.NextExpiry;
import dev.prodready.metrics.ReadinessMetrics;
import dev.prodready.remediation.Remediator;
import dev.prodready.shard.ShardNamespaces;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.status.StatusFactory;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Snapshot, evaluate, remediate, build status, patch if changed. Everything else lives in the
 * classes it calls.
 */
// Profiles are cached without managedFields: server-side apply of the status lists every status
// field there, which
// doubled the size of each cached profile.
@ControllerConfiguration(
    name = "readinessprofile",
    informer =
        @Informer(itemStore = PrunedItemStore.class, informerListLimit = PrunedItemStore.LIST_PAGE))
public class ReadinessProfileReconciler implements Reconciler<ReadinessProfile> {

  private final Evaluator evaluator;
  private final SpecValidator validator;
  private final ReadinessMetrics metrics;
  private final ProfileEvents events;
  private final OperatorConfig config;
  private final StatusFactory statusFactory;
  private final Clock clock;
  private final Set<String> optionalKinds;
  private final Remediator remediator;
  private final EvaluationThrottle throttle;
  private volatile PeriodicEvaluation periodic;

  /** How soon a profile of a namespace still joining this shard is looked at again. */
  private static final Duration JOINING = Duration.ofSeconds(1);

  @Inject ShardNamespaces shard;

  public ReadinessProfileReconciler(
      CheckEngine engine,
      SpecValidator validator,
      ReadinessMetrics metrics,
      ProfileEvents events,
      OperatorConfig config,
      Clock clock,
      Remediator remediator) {
    this.evaluator = new Evaluator(engine);
    this.validator = validator;
    this.metrics = metrics;
    this.events = events;
    this.config = config;
    this.clock = clock;
    this.statusFactory = new StatusFactory(config.resyncInterval());
    this.optionalKinds = OptionalInformers.kinds(engine.catalog());
    this.remediator = remediator;
    this.throttle = new EvaluationThrottle(config.evaluationMinInterval(), clock);
  }

  @Override
  public List<EventSource<?, ReadinessProfile>> prepareEventSources(
      EventSourceContext<ReadinessProfile> context) {
    var sources = new ArrayList<>(NamespaceInformers.create(context, shard));
    periodic =
        new PeriodicEvaluation(
            config.resyncInterval(),
            config.periodicMaxInFlight(),
            () -> context.getPrimaryCache().list().map(ResourceID::fromResource),
            clock);
    sources.add(periodic);
    return sources;
  }

  @Override
  public UpdateControl<ReadinessProfile> reconcile(
      ReadinessProfile profile, Context<ReadinessProfile> context) {
    var id = ResourceID.fromResource(profile);
    try {
      if (!CacheSync.complete(context)) {
        return UpdateControl.<ReadinessProfile>noUpdate().rescheduleAfter(CacheSync.RECHECK);
      }
      Optional<Duration> wait = throttle.admit(id);
      if (wait.isPresent()) {
        return UpdateControl.<ReadinessProfile>noUpdate().rescheduleAfter(wait.get());
      }
      return evaluateAndPatch(profile, context);
    } finally {
      if (periodic != null) {
        periodic.finished(id);
      }
    }
  }

  /** The periodic pass is PeriodicEvaluation's job, so no rescheduleAfter here. */
  private UpdateControl<ReadinessProfile> evaluateAndPatch(
      ReadinessProfile profile, Context<ReadinessProfile> context) {
    var meta = profile.getMetadata();
    if (!shard.owns(meta.getNamespace())) {
      return shard.joining(meta.getNamespace())
          ? UpdateControl.<ReadinessProfile>noUpdate().rescheduleAfter(JOINING)
          : UpdateControl.noUpdate();
    }
    var previous = profile.getStatus();
    metrics.retainOnly(
        context
            .getPrimaryCache()
            .list()
            .map(p -> p.getMetadata().getNamespace())
            .collect(Collectors.toSet()));
    var active =
        ActiveProfile.among(context.getPrimaryCache().list(meta.getNamespace())).orElse(profile);
    ReadinessProfileStatus next;
    if (!active.getMetadata().getName().equals(meta.getName())) {
      next =
          statusFactory.notEvaluated(
              previous,
              meta.getGeneration(),
              StatusFactory.REASON_DUPLICATE,
              "namespace "
                  + meta.getNamespace()
                  + " already has the active profile "
                  + active.getMetadata().getName()
                  + "; only the oldest profile of a namespace is evaluated",
              clock.instant());
    } else {
      List<String> problems = validator.problems(profile.getSpec());
      next =
          problems.isEmpty()
              ? evaluate(profile, context)
              : statusFactory.notEvaluated(
                  previous,
                  meta.getGeneration(),
                  StatusFactory.REASON_INVALID,
                  String.join("; ", problems),
                  clock.instant());
    }
    if (next.equals(previous)) {
      return UpdateControl.<ReadinessProfile>noUpdate();
    }
    announceGateChange(profile, previous, next);
    ExpiryEvents.announce(previous, next, events, profile);
    return UpdateControl.patchStatus(statusOnly(profile, next));
  }

  /** Every failure ends in a reschedule, never in JOSDK's 10-hour wait after exhausted retries. */
  @Override
  public ErrorStatusUpdateControl<ReadinessProfile> updateErrorStatus(
      ReadinessProfile profile, Context<ReadinessProfile> context, Exception e) {
    return FailureRescheduling.afterError(context, config.rescheduleAfterFailure());
  }

  private ReadinessProfileStatus evaluate(
      ReadinessProfile profile, Context<ReadinessProfile> context) {
    return metrics
        .evaluationTimer()
        .record(
            () -> {
              NamespaceSnapshot snapshot =
                  NamespaceInformers.snapshot(profile, context, optionalKinds, clock.instant());
              LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
              Evaluation evaluation =
                  evaluator.evaluate(
                      snapshot, profile.getSpec(), today, config.maxOffendersPerCheck());
              metrics.publish(
                  snapshot.name(),
                  profile.getMetadata().getName(),
                  evaluation.card(),
                  evaluation.results());
              metrics.nextExpiry(
                  snapshot.name(),
                  NextExpiry.of(
                      evaluation.results(),
                      profile.getSpec().getAttestations(),
                      evaluator.engine().catalog()));
              RemediationStatus remediation = remediator.remediate(evaluation.snapshot(), profile);
              RemediationReporting.announce(
                  profile, profile.getStatus(), remediation, events, metrics);
              return statusFactory.evaluated(
                  profile.getStatus(),
                  profile.getMetadata().getGeneration(),
                  evaluation.results(),
                  evaluation.card(),
                  evaluation.rejectedExemptions(),
                  remediation,
                  clock.instant());
            });
  }

  private void announceGateChange(
      ReadinessProfile profile, ReadinessProfileStatus previous, ReadinessProfileStatus next) {
    GateResult before = previous == null ? null : previous.gate();
    if (next.gate() == null || next.gate() == before) {
      return;
    }
    String message =
        "gate "
            + (before == null ? "evaluated" : "changed from " + before)
            + " to "
            + next.gate()
            + " (score "
            + next.score()
            + ")";
    if (next.gate() == GateResult.Pass) {
      events.normal(profile, "GatePassed", message);
    } else {
      events.warning(profile, "GateFailed", message);
    }
  }

  /**
   * A fresh object carrying only identity and status, as server-side apply of the status
   * subresource expects. The spec is removed explicitly: CustomResource fills in a default one, and
   * the apply should carry only fields the operator owns.
   */
  private static ReadinessProfile statusOnly(
      ReadinessProfile profile, ReadinessProfileStatus status) {
    var fresh = new ReadinessProfile();
    fresh.setMetadata(
        new ObjectMetaBuilder()
            .withName(profile.getMetadata().getName())
            .withNamespace(profile.getMetadata().getNamespace())
            .build());
    fresh.setSpec(null);
    fresh.setStatus(status);
    return fresh;
  }
}
