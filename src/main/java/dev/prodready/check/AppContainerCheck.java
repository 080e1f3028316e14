package dev.prodready.check;

/**
 * A container check on app containers only: probes and similar settings do not exist on init
 * containers. Such checks usually apply to {@link Scope#LONG_RUNNING} workloads.
 */
public abstract class AppContainerCheck extends ContainerCheck {

  @Override
  protected boolean includesInitContainers() {
    return false;
  }
}
