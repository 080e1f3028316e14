package dev.prodready.audit;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.api.v1alpha1.RemediationMode;
import dev.prodready.api.v1alpha1.RemediationStatus;
import dev.prodready.evaluation.Evaluation;
import dev.prodready.evaluation.Evaluator;
import dev.prodready.reconciler.SpecValidator;
import dev.prodready.remediation.Remediator;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.status.StatusFactory;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Scores every namespace of an {@link Inventory} exactly as the reconciler would: the same
 * validation, pipeline, remediation planning and status builder. Only what needs a cluster differs:
 * remediation is planned, never applied (Enforce is reported as the dry run of the same plan).
 */
public final class Audit {

  /** The name of the profile when neither --profile nor the input gives one. */
  public static final String DEFAULT_PROFILE_NAME = "audit";

  private final Evaluator evaluator;
  private final SpecValidator validator;
  private final StatusFactory statusFactory = new StatusFactory(Duration.ZERO);
  private final KubernetesSerialization serialization;

  public Audit(Evaluator evaluator, KubernetesSerialization serialization) {
    this.evaluator = evaluator;
    this.validator = new SpecValidator(evaluator.engine());
    this.serialization = serialization;
  }

  /**
   * @param forced the profile of --profile (applies to every namespace), or null to use the input's
   *     own profile of each namespace (else an empty one)
   * @param problems invalid profiles are added here, one line each
   */
  public List<NamespaceReport> run(
      Inventory inventory,
      SourcedObject forced,
      LocalDate today,
      int maxOffenders,
      Instant now,
      List<InputProblem> problems) {
    // Namespaces are independent: evaluated in parallel, reported in order.
    var scored =
        inventory.namespaces().parallelStream()
            .map(
                input ->
                    score(
                        input,
                        inventory,
                        forced != null ? forced : input.profile(),
                        today,
                        maxOffenders,
                        now))
            .toList();
    scored.stream().flatMap(s -> s.problems().stream()).distinct().forEach(problems::add);
    return scored.stream().map(Scored::report).toList();
  }

  private record Scored(NamespaceReport report, List<InputProblem> problems) {}

  private Scored score(
      Inventory.NamespaceInput input,
      Inventory inventory,
      SourcedObject source,
      LocalDate today,
      int maxOffenders,
      Instant now) {
    ReadinessProfile profile = profileFor(source, input.name());
    Long generation = Objects.requireNonNullElse(profile.getMetadata().getGeneration(), 1L);
    List<String> invalid = validator.problems(profile.getSpec());
    if (!invalid.isEmpty()) {
      profile.setStatus(
          statusFactory.notEvaluated(
              null, generation, StatusFactory.REASON_INVALID, String.join("; ", invalid), now));
      return new Scored(
          new NamespaceReport(profile, null, input),
          List.of(
              new InputProblem(
                  source.source(),
                  "ReadinessProfile "
                      + profile.getMetadata().getName()
                      + " is invalid: "
                      + String.join("; ", invalid))));
    }
    var snapshot =
        NamespaceSnapshot.of(
            input.name(),
            input.namespace(),
            profile.getSpec(),
            input.objects(),
            inventory.extras());
    Evaluation evaluation = evaluator.evaluate(snapshot, profile.getSpec(), today, maxOffenders);
    RemediationStatus remediation = plannedRemediation(evaluation.snapshot(), profile);
    ReadinessProfileStatus status =
        statusFactory.evaluated(
            null,
            generation,
            evaluation.results(),
            evaluation.card(),
            evaluation.rejectedExemptions(),
            remediation,
            now);
    profile.setStatus(status);
    return new Scored(new NamespaceReport(profile, evaluation, input), List.of());
  }

  /** A copy of the profile placed in the namespace (the input's objects are never changed). */
  private ReadinessProfile profileFor(SourcedObject source, String namespace) {
    ReadinessProfile profile;
    if (source == null) {
      profile = new ReadinessProfile();
      profile.getMetadata().setName(DEFAULT_PROFILE_NAME);
    } else {
      ReadinessProfile given = (ReadinessProfile) source.object();
      profile = new ReadinessProfile();
      profile.getMetadata().setName(given.getMetadata().getName());
      profile.getMetadata().setGeneration(given.getMetadata().getGeneration());
      profile.setSpec(
          given.getSpec() == null
              ? new ReadinessProfileSpec()
              : serialization.clone(given.getSpec()));
    }
    profile.getMetadata().setNamespace(namespace);
    return profile;
  }

  /** What the Remediator would report in DryRun; no client is needed because nothing is applied. */
  private RemediationStatus plannedRemediation(
      NamespaceSnapshot snapshot, ReadinessProfile profile) {
    var remediation = profile.getSpec().getRemediation();
    if (remediation == null || remediation.getMode() != RemediationMode.Enforce) {
      return new Remediator(null, false).remediate(snapshot, profile);
    }
    ReadinessProfile dryRun = serialization.clone(profile);
    dryRun.getSpec().getRemediation().setMode(RemediationMode.DryRun);
    return new Remediator(null, false).remediate(snapshot, dryRun);
  }
}
