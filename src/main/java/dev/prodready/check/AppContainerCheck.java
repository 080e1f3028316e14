package dev.prodready.check;

import dev.prodready.snapshot.Workload;

/**
 * A container check on the app containers of long-running workloads: probes and similar settings do
 * not exist on init containers, and Jobs and CronJobs run to completion.
 */
public abstract class AppContainerCheck extends ContainerCheck {

  @Override
  public boolean appliesTo(Workload workload) {
    return workload.kind().isLongRunning();
  }

  @Override
  protected boolean includesInitContainers() {
    return false;
  }
}
