package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.ContainerCheck;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/** Without a memory limit a leaking container drives the node into OOM and other pods are killed. */
@Singleton
public class MemoryLimitsCheck extends ContainerCheck {

  static final CheckInfo INFO = new CheckInfo("memory-limits", "Resources #4", Resources, Critical,
      "Memory limits set for all containers", "Without a memory limit a leaking container drives the node into OOM and other pods are killed.", "Set resources.limits.memory on every container, init containers included.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return dev.prodready.kube.Resources.hasLimit(c.container(), "memory");
  }

  @Override
  protected String failureDetail() {
    return "containers without a memory limit";
  }
}
