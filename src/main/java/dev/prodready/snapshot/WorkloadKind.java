package dev.prodready.snapshot;

/**
 * The workload kinds Prodready scores. ReplicaSets and bare Pods are left out: they belong to one
 * of these or are not managed.
 */
public enum WorkloadKind {
  Deployment,
  StatefulSet,
  DaemonSet,
  CronJob,
  Job;

  public String lower() {
    return name().toLowerCase();
  }

  /**
   * Long-running workloads serve traffic or run continuously; Jobs and CronJobs run to completion.
   */
  public boolean isLongRunning() {
    return this == Deployment || this == StatefulSet || this == DaemonSet;
  }

  /** Kinds whose replica count is set on the object (DaemonSets run one pod per node). */
  public boolean hasReplicas() {
    return this == Deployment || this == StatefulSet;
  }
}
