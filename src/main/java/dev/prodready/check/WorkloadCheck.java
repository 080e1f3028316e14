package dev.prodready.check;

import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import java.util.Optional;

/**
 * A check decided per workload; the engine folds the verdicts into the fraction of workloads that
 * pass.
 */
public interface WorkloadCheck extends Check {

  /**
   * A narrowing beyond the scope in {@link #info()}, for the rare check that needs one; workloads
   * it rules out are not counted.
   */
  default boolean appliesTo(Workload workload) {
    return true;
  }

  /** The verdict on a workload inside the check's scope. */
  Verdict evaluate(Workload workload, NamespaceSnapshot namespace);

  /**
   * What the engine counts for this workload: empty when the scope or {@link #appliesTo} leaves it
   * out, NotApplicable with the scope's reason when the scope rules it out by what it runs, else
   * {@link #evaluate}.
   */
  default Optional<Verdict> judge(Workload workload, NamespaceSnapshot namespace) {
    Scope scope = info().scope();
    if (!scope.includes(workload.kind()) || !appliesTo(workload)) {
      return Optional.empty();
    }
    return Optional.of(
        scope
            .notApplicable(workload, namespace)
            .map(Verdict::notApplicable)
            .orElseGet(() -> evaluate(workload, namespace)));
  }
}
