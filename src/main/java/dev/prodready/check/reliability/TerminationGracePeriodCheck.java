package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.kube.PreStopDelays;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Container;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.Optional;

/**
 * The checklist's note (Reliability #5) says "Default 30s; increase for long-running requests": 30
 * is legitimate, and the API server stores 30 for a template that leaves the field out, so
 * "default" and "chosen 30" cannot be told apart and both pass, with the message saying the default
 * is in use. Whether the app's requests are long cannot be seen from objects. What fails is what is
 * unsafe from the objects alone: 0 (killed at once), and a grace period that the preStop hook's own
 * delay uses up or nearly so. The grace period starts with the preStop hook, so the app gets
 * SIGTERM only after the delay; fewer than {@value #MIN_SHUTDOWN_SECONDS} seconds left after it is
 * not enough to drain.
 */
@Singleton
public class TerminationGracePeriodCheck implements WorkloadCheck {

  static final long KUBERNETES_DEFAULT_SECONDS = 30;
  static final long MIN_SHUTDOWN_SECONDS = 5;

  static final CheckInfo INFO =
      CheckInfo.of("termination-grace-period", "Reliability #5", Reliability, High)
          .title(
              "terminationGracePeriodSeconds leaves the app time to shut down after its preStop delay")
          .why("A pod killed before it finishes shutting down drops the requests it was serving.")
          .hint(
              "Set spec.template.spec.terminationGracePeriodSeconds above the preStop delay plus the longest request or "
                  + "drain time (the 30s default is enough for short requests).")
          .appliesTo(Scope.LONG_RUNNING);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads terminationGracePeriodSeconds (30 when left out, which passes and is named as the default) and the "
        + "preStop delay of each container (a sleep action or a literal sleep in an exec hook); fails 0 and a grace "
        + "period that leaves under "
        + MIN_SHUTDOWN_SECONDS
        + "s after the preStop delay. Never Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    Long set = workload.podSpec().getTerminationGracePeriodSeconds();
    long seconds = set == null ? KUBERNETES_DEFAULT_SECONDS : set;
    String period =
        seconds == KUBERNETES_DEFAULT_SECONDS
            ? "the 30s default grace period"
            : seconds + "s grace period";
    if (seconds == 0) {
      return Verdict.fail("terminationGracePeriodSeconds is 0: pods are killed at once");
    }
    Optional<Container> longest =
        workload.containers().stream()
            .filter(c -> PreStopDelays.seconds(c).isPresent())
            .max(Comparator.comparing(c -> PreStopDelays.seconds(c).orElseThrow()));
    if (longest.isPresent()) {
      long delay = PreStopDelays.seconds(longest.get()).orElseThrow();
      long left = seconds - delay;
      if (left < MIN_SHUTDOWN_SECONDS) {
        return Verdict.fail(
            "the preStop delay of "
                + longest.get().getName()
                + " ("
                + delay
                + "s) "
                + (left <= 0 ? "uses up " : "leaves " + left + "s of ")
                + period);
      }
      return Verdict.pass(period + " leaves " + left + "s after the " + delay + "s preStop delay");
    }
    return seconds == KUBERNETES_DEFAULT_SECONDS
        ? Verdict.pass("the 30s default is in use (enough unless requests run longer)")
        : Verdict.pass();
  }
}
