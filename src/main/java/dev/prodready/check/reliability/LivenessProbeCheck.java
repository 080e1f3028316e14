package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import io.fabric8.kubernetes.api.model.Container;
import jakarta.inject.Singleton;

@Singleton
public class LivenessProbeCheck extends ProbePresenceCheck {

  public LivenessProbeCheck() {
    super(
        CheckInfo.of("liveness-probe", "Reliability #1", Reliability, Critical)
            .title("Every container of a long-running workload has a livenessProbe")
            .why("Without a liveness probe a hung container is never restarted.")
            .hint("Add spec.containers[*].livenessProbe (httpGet, tcpSocket, grpc or exec).")
            .appliesTo(Scope.LONG_RUNNING),
        "livenessProbe",
        Container::getLivenessProbe,
        "Reads livenessProbe on every app container of Deployments, StatefulSets and DaemonSets (any "
            + "handler counts; what it probes is not judged). Jobs and CronJobs are not counted; never Manual.");
  }
}
