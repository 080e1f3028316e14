package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.api.v1alpha1.RemediationStatus;
import dev.prodready.cache.PrunedItemStore;
import dev.prodready.check.CheckEngine;
import dev.prodready.config.OperatorConfig;
import dev.prodready.evaluation.Evaluation;
import dev.prodready.evaluation.Evaluator;
import dev.prodready.events.StatusAnnouncer;
import dev.prodready.metrics.NextExpiry;
import dev.prodready.metrics.ReadinessMetrics;
import dev.prodready.remediation.Remediator;
import dev.prodready.shard.ShardNamespaces;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.status.StatusFactory;
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
 * Snapshot, evaluate, remediate, build status, patch if changed (announcing what changed).
 * Everything else lives in the classes it calls.
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
  private final StatusAnnouncer announcer;
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
      StatusAnnouncer announcer,
      OperatorConfig config,
      Clock clock,
      Remediator remediator) {
    this.evaluator = new Evaluator(engine);
    this.validator = validator;
    this.metrics = metrics;
    this.announcer = announcer;
    this.config = config;
    this.clock = clock;
    this.statusFactory = new StatusFactory(config.statusHeartbeat());
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
    sources.add(
        new StaleSeriesSweep(
            metrics,
            () ->
                context
                    .getPrimaryCache()
                    .list()
                    .map(p -> p.getMetadata().getNamespace())
                    .collect(Collectors.toSet())));
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
    return StatusPatch.ifChanged(profile, next, announcer);
  }

  /**
   * Every failure ends in a reschedule, never in JOSDK's 10-hour wait after exhausted retries. A
   * failure of the snapshot, the evaluation or the remediation also shows as Ready=False with its
   * reason; other failures (a status write the API server refused) write nothing.
   */
  @Override
  public ErrorStatusUpdateControl<ReadinessProfile> updateErrorStatus(
      ReadinessProfile profile, Context<ReadinessProfile> context, Exception e) {
    ReconcileFailure failure = ReconcileFailure.in(e);
    if (failure == null) {
      return FailureRescheduling.afterError(context, config.rescheduleAfterFailure());
    }
    var failed =
        statusFactory.notEvaluated(
            profile.getStatus(),
            profile.getMetadata().getGeneration(),
            failure.reason(),
            String.valueOf(failure.getCause()),
            clock.instant());
    return FailureRescheduling.afterError(
        context, config.rescheduleAfterFailure(), StatusPatch.statusOnly(profile, failed));
  }

  /**
   * Evaluation and remediation are timed apart, and a failure of either is tagged with the reason
   * the Ready condition shows.
   */
  private ReadinessProfileStatus evaluate(
      ReadinessProfile profile, Context<ReadinessProfile> context) {
    Evaluation evaluation =
        ReconcileFailure.during(
            ReconcileFailure.EVALUATION_FAILED,
            () -> metrics.evaluationTimer().record(() -> evaluateOnly(profile, context)));
    RemediationStatus remediation =
        ReconcileFailure.during(
            ReconcileFailure.REMEDIATION_FAILED,
            () ->
                metrics
                    .remediationTimer()
                    .record(() -> remediator.remediate(evaluation.snapshot(), profile)));
    return statusFactory.evaluated(
        profile.getStatus(),
        profile.getMetadata().getGeneration(),
        evaluation.results(),
        evaluation.card(),
        evaluation.rejectedExemptions(),
        remediation,
        clock.instant());
  }

  private Evaluation evaluateOnly(ReadinessProfile profile, Context<ReadinessProfile> context) {
    NamespaceSnapshot snapshot =
        NamespaceInformers.snapshot(profile, context, optionalKinds, clock.instant());
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Evaluation evaluation =
        evaluator.evaluate(snapshot, profile.getSpec(), today, config.maxOffendersPerCheck());
    metrics.publish(
        snapshot.name(), profile.getMetadata().getName(), evaluation.card(), evaluation.results());
    metrics.nextExpiry(
        snapshot.name(),
        NextExpiry.of(
            evaluation.results(),
            profile.getSpec().getAttestations(),
            evaluator.engine().catalog()));
    return evaluation;
  }
}
