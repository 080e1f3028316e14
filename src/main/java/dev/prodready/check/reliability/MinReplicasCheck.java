package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.check.evidence.Autoscalers;
import dev.prodready.check.evidence.Autoscalers.Replicas;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/**
 * An autoscaled workload is judged by its HPA's minReplicas, not the live spec.replicas, so the
 * verdict does not flip with load ({@link Autoscalers#effectiveReplicas}).
 */
@Singleton
public class MinReplicasCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("min-replicas", "Reliability #11", Reliability, Critical)
          .title("Deployments and StatefulSets run at least 2 replicas")
          .why(
              "A single replica is a single point of failure: every node drain, eviction or crash is an outage.")
          .hint("Set spec.replicas to 2 or more, or an HPA minReplicas of 2 or more.")
          .reads(OptionalCrd.ARGO_ROLLOUT)
          .appliesTo(Scope.DEPLOYMENTS_AND_STATEFUL_SETS);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads spec.replicas, or the minReplicas (default 1) of an HPA that targets the workload, for "
        + "Deployments and StatefulSets. Never Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    Replicas replicas = Autoscalers.effectiveReplicas(workload, namespace);
    return replicas.replicated()
        ? Verdict.pass(replicas.describe())
        : Verdict.fail(replicas.describe());
  }
}
