package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import io.fabric8.kubernetes.api.model.Container;
import jakarta.inject.Singleton;

@Singleton
public class ReadinessProbeCheck extends ProbePresenceCheck {

  public ReadinessProbeCheck() {
    super(
        CheckInfo.of("readiness-probe", "Reliability #2", Reliability, Critical)
            .title("Every container of a long-running workload has a readinessProbe")
            .why("Without a readiness probe traffic reaches pods that are starting or overloaded.")
            .hint("Add spec.containers[*].readinessProbe checking that the container can serve.")
            .appliesTo(Scope.LONG_RUNNING),
        "readinessProbe",
        Container::getReadinessProbe,
        "Reads readinessProbe on every app container of Deployments, StatefulSets and DaemonSets (any "
            + "handler counts). Jobs and CronJobs are not counted; never Manual.");
  }
}
