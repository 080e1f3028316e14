package dev.prodready.check;

import dev.prodready.check.evidence.Autoscalers;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import dev.prodready.snapshot.WorkloadKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The workloads a {@link WorkloadCheck} judges, part of its {@link CheckInfo}. The engine applies
 * it before the check runs: a workload of another kind is not counted, and a workload the scope
 * rules out by what it runs is NotApplicable with the scope's reason.
 */
public enum Scope {
  EVERY_WORKLOAD(EnumSet.allOf(WorkloadKind.class)),

  /** Probes, shutdown and metrics settings: Jobs and CronJobs run to completion. */
  LONG_RUNNING(
      EnumSet.of(WorkloadKind.Deployment, WorkloadKind.StatefulSet, WorkloadKind.DaemonSet)),

  /** The kinds whose replica count is set on the object (DaemonSets run one pod per node). */
  DEPLOYMENTS_AND_STATEFUL_SETS(EnumSet.of(WorkloadKind.Deployment, WorkloadKind.StatefulSet)),

  /**
   * Deployments and StatefulSets guaranteed at least two pods ({@link Autoscalers#replicated}: an
   * HPA's minReplicas where one targets them); a single replica is NotApplicable. A Deployment run
   * by an Argo Rollout (workloadRef) has the Rollout's replicas and HPA, so the scope reads
   * Rollouts.
   */
  REPLICATED(EnumSet.of(WorkloadKind.Deployment, WorkloadKind.StatefulSet)) {
    @Override
    Optional<String> notApplicable(Workload workload, NamespaceSnapshot namespace) {
      return Autoscalers.replicated(workload, namespace)
          ? Optional.empty()
          : Optional.of(SINGLE_REPLICA);
    }

    @Override
    public Set<OptionalCrd> reads() {
      return Set.of(OptionalCrd.ARGO_ROLLOUT);
    }
  },

  DEPLOYMENTS(EnumSet.of(WorkloadKind.Deployment)),

  STATEFUL_SETS(EnumSet.of(WorkloadKind.StatefulSet));

  /** One not-applicable reason for every single-replica workload keeps the message short. */
  static final String SINGLE_REPLICA = "single replica (spec.replicas, or an HPA's minReplicas)";

  private final Set<WorkloadKind> kinds;

  Scope(Set<WorkloadKind> kinds) {
    this.kinds = kinds;
  }

  public boolean includes(WorkloadKind kind) {
    return kinds.contains(kind);
  }

  /** Why a workload of an included kind is still not judged, if it is not. */
  Optional<String> notApplicable(Workload workload, NamespaceSnapshot namespace) {
    return Optional.empty();
  }

  /** Optional CRDs the scope itself reads. */
  public Set<OptionalCrd> reads() {
    return Set.of();
  }
}
