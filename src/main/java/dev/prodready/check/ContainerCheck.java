package dev.prodready.check;

import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import java.util.List;

/**
 * A workload check that holds when every container satisfies a condition. Subclasses say which
 * containers count and what the condition is; the workload fails naming the containers that do not
 * meet it.
 */
public abstract class ContainerCheck implements WorkloadCheck {

  /**
   * Init containers are included unless a subclass says otherwise (probes, for example, do not
   * exist on them).
   */
  protected boolean includesInitContainers() {
    return true;
  }

  protected abstract boolean satisfied(
      NamedContainer container, Workload workload, NamespaceSnapshot namespace);

  /** Describes the failure, followed by the offending containers' names. */
  protected abstract String failureDetail();

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    List<String> offending =
        workload.allContainers().stream()
            .filter(c -> includesInitContainers() || !c.init())
            .filter(c -> !satisfied(c, workload, namespace))
            .map(NamedContainer::label)
            .toList();
    return offending.isEmpty()
        ? Verdict.pass()
        : Verdict.fail(failureDetail() + ": " + String.join(", ", offending));
  }
}
