package dev.prodready.check;

import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;

/**
 * A check decided per workload; the engine folds the verdicts into the fraction of workloads that
 * pass.
 */
public interface WorkloadCheck extends Check {

  /**
   * Whether the check means anything for this workload (kind, replica count...). Others are not
   * counted.
   */
  default boolean appliesTo(Workload workload) {
    return true;
  }

  Verdict evaluate(Workload workload, NamespaceSnapshot namespace);
}
