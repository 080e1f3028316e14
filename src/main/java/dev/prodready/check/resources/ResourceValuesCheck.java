package dev.prodready.check.resources;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.kube.Resources;
import dev.prodready.kube.Resources.Source;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The request and limit checks: every container, init containers included, has the listed requests
 * and limits as the cluster applies them ({@link Resources}): a request missing from the template
 * but defaulted from the limit counts, and the workload passes saying so; an explicit {@code 0}
 * counts as missing, and the failure says so.
 */
abstract class ResourceValuesCheck implements WorkloadCheck {

  private final CheckInfo info;
  private final List<String> requests;
  private final List<String> limits;
  private final String failureDetail;

  /**
   * @param requests the resources ("cpu", "memory") whose request must be set
   * @param limits the resources whose limit must be set
   * @param failureDetail "containers without a CPU request", followed by the offending containers
   */
  ResourceValuesCheck(
      CheckInfo info, List<String> requests, List<String> limits, String failureDetail) {
    this.info = info;
    this.requests = requests;
    this.limits = limits;
    this.failureDetail = failureDetail;
  }

  @Override
  public CheckInfo info() {
    return info;
  }

  @Override
  public String evidence() {
    var fields = new ArrayList<String>();
    requests.forEach(r -> fields.add("requests." + r));
    limits.forEach(r -> fields.add("limits." + r));
    return "Reads "
        + String.join(", ", fields)
        + " of every container and init container as the API server stores "
        + "them"
        + (requests.isEmpty() ? "" : " (a request left out defaults to the limit and counts)")
        + "; an explicit 0 counts as not set. Never Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    var missing = new ArrayList<String>();
    var zero = new TreeSet<String>();
    var defaulted = new ArrayList<String>();
    for (NamedContainer c : workload.allContainers()) {
      boolean ok =
          requests.stream().allMatch(r -> Resources.hasRequest(c.container(), r))
              && limits.stream().allMatch(r -> Resources.hasLimit(c.container(), r));
      if (!ok) {
        missing.add(c.label());
        if (concerned().stream().anyMatch(r -> Resources.explicitZero(c.container(), r))) {
          zero.add(c.label());
        }
      } else if (requests.stream()
          .anyMatch(
              r -> Resources.requestSource(c.container(), r) == Source.DEFAULTED_FROM_LIMIT)) {
        defaulted.add(c.label());
      }
    }
    if (!missing.isEmpty()) {
      return Verdict.fail(
          failureDetail
              + ": "
              + String.join(", ", missing)
              + (zero.isEmpty()
                  ? ""
                  : " (an explicit 0 on "
                      + String.join(", ", zero)
                      + " reserves and caps nothing)"));
    }
    return defaulted.isEmpty()
        ? Verdict.pass()
        : Verdict.pass(
            "requests default to the limits (API server defaulting) on "
                + String.join(", ", defaulted));
  }

  private List<String> concerned() {
    var all = new TreeSet<String>(requests);
    all.addAll(limits);
    return List.copyOf(all);
  }
}
