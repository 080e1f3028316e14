package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.check.evidence.Autoscalers;
import dev.prodready.check.evidence.Autoscalers.Replicas;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * A single replica is a single point of failure: every node drain, eviction or crash is an outage.
 *
 * <p>An autoscaled workload is judged by its HPA's minReplicas, not the live spec.replicas, so the
 * verdict does not flip with load ({@link Autoscalers#effectiveReplicas}).
 */
@Singleton
public class MinReplicasCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      new CheckInfo(
          "min-replicas",
          "Reliability #11",
          Reliability,
          Critical,
          "Deployments and StatefulSets run at least 2 replicas",
          "A single replica is a single point of failure: every node drain, eviction or crash is an outage.",
          "Set spec.replicas to 2 or more, or an HPA minReplicas of 2 or more.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads spec.replicas, or the minReplicas (default 1) of an HPA that targets the workload, for "
        + "Deployments and StatefulSets. Never Manual.";
  }

  /**
   * Argo Rollouts: a Deployment run by a Rollout (workloadRef) has the Rollout's replicas and HPA.
   */
  @Override
  public Set<OptionalCrd> optionalCrds() {
    return Set.of(OptionalCrd.ARGO_ROLLOUT);
  }

  @Override
  public boolean appliesTo(Workload workload) {
    return workload.kind().hasReplicas();
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    Replicas replicas = Autoscalers.effectiveReplicas(workload, namespace);
    return replicas.replicated()
        ? Verdict.pass(replicas.describe())
        : Verdict.fail(replicas.describe());
  }
}
