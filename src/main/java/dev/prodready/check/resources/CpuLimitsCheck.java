package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.ContainerCheck;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/** Without a CPU limit one busy container can starve its neighbours on the node. */
@Singleton
public class CpuLimitsCheck extends ContainerCheck {

  static final CheckInfo INFO = new CheckInfo("cpu-limits", "Resources #3", Resources, High,
      "CPU limits set for all containers", "Without a CPU limit one busy container can starve its neighbours on the node.", "Set resources.limits.cpu on every container, init containers included.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return dev.prodready.kube.Resources.hasLimit(c.container(), "cpu");
  }

  @Override
  protected String failureDetail() {
    return "containers without a CPU limit";
  }
}
