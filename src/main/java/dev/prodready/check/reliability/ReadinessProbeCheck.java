package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.AppContainerCheck;
import dev.prodready.check.CheckInfo;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/** Without a readiness probe traffic reaches pods that are starting or overloaded. */
@Singleton
public class ReadinessProbeCheck extends AppContainerCheck {

  static final CheckInfo INFO =
      new CheckInfo(
          "readiness-probe",
          "Reliability #2",
          Reliability,
          Critical,
          "Every container of a long-running workload has a readinessProbe",
          "Without a readiness probe traffic reaches pods that are starting or overloaded.",
          "Add spec.containers[*].readinessProbe checking that the container can serve.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads readinessProbe on every app container of Deployments, StatefulSets and DaemonSets (any "
        + "handler counts). Jobs and CronJobs are not counted; never Manual.";
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return c.container().getReadinessProbe() != null;
  }

  @Override
  protected String failureDetail() {
    return "containers without readinessProbe";
  }
}
