package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.ContainerCheck;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/** Without a CPU request the scheduler cannot place pods fairly and the pod is first to be starved. */
@Singleton
public class CpuRequestsCheck extends ContainerCheck {

  static final CheckInfo INFO = new CheckInfo("cpu-requests", "Resources #1", Resources, Critical,
      "CPU requests set for all containers", "Without a CPU request the scheduler cannot place pods fairly and the pod is first to be starved.", "Set resources.requests.cpu on every container, init containers included.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return dev.prodready.kube.Resources.hasRequest(c.container(), "cpu");
  }

  @Override
  protected String failureDetail() {
    return "containers without a CPU request";
  }
}
