package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.AppContainerCheck;
import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

@Singleton
public class LivenessProbeCheck extends AppContainerCheck {

  static final CheckInfo INFO =
      CheckInfo.of("liveness-probe", "Reliability #1", Reliability, Critical)
          .title("Every container of a long-running workload has a livenessProbe")
          .why("Without a liveness probe a hung container is never restarted.")
          .hint("Add spec.containers[*].livenessProbe (httpGet, tcpSocket, grpc or exec).")
          .appliesTo(Scope.LONG_RUNNING);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads livenessProbe on every app container of Deployments, StatefulSets and DaemonSets (any "
        + "handler counts; what it probes is not judged). Jobs and CronJobs are not counted; never Manual.";
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return c.container().getLivenessProbe() != null;
  }

  @Override
  protected String failureDetail() {
    return "containers without livenessProbe";
  }
}
