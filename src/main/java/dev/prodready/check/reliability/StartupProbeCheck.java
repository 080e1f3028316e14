package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.AppContainerCheck;
import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Probe;
import jakarta.inject.Singleton;

/** A startupProbe holds the liveness probe back exactly until the app is up. */
@Singleton
public class StartupProbeCheck extends AppContainerCheck {

  /** Above this liveness delay a container counts as a slow starter. */
  static final int SLOW_START_SECONDS = 30;

  static final CheckInfo INFO =
      CheckInfo.of("startup-probe", "Reliability #3", Reliability, High)
          .title(
              "Slow-starting containers (liveness initialDelaySeconds above 30s) have a startupProbe")
          .why(
              "A long liveness delay is a guess: too short kills starting pods, too long hides hangs; a startupProbe is exact.")
          .hint(
              "Add a startupProbe (failureThreshold x periodSeconds covering the start time) and drop the long initialDelaySeconds.")
          .appliesTo(Scope.LONG_RUNNING);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads liveness initialDelaySeconds: a container waiting more than 30s is a slow starter and "
        + "needs a startupProbe; others pass. Jobs and CronJobs are not counted; never Manual.";
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    Probe liveness = c.container().getLivenessProbe();
    boolean slowStarter =
        liveness != null
            && liveness.getInitialDelaySeconds() != null
            && liveness.getInitialDelaySeconds() > SLOW_START_SECONDS;
    return !slowStarter || c.container().getStartupProbe() != null;
  }

  @Override
  protected String failureDetail() {
    return "slow starters without startupProbe";
  }
}
