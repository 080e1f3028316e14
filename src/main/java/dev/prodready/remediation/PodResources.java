package dev.prodready.remediation;

import dev.prodready.kube.Resources;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a namespace's workloads would consume under a quota: per pod, the sum over app containers or
 * the largest init container, whichever is larger (as the scheduler counts), times the pods the
 * workload runs. DaemonSets count one pod: the node count is not visible from a namespace.
 */
final class PodResources {

  private PodResources() {}

  static int pods(Workload w) {
    if (w.kind().hasReplicas()) {
      return w.replicaCount();
    }
    return 1;
  }

  /**
   * Total of "requests.cpu", "limits.memory"... across the workloads, in base units (cores, bytes).
   */
  static BigDecimal total(List<Workload> workloads, String quotaKey) {
    boolean limits = quotaKey.startsWith("limits.");
    String resource = quotaKey.substring(quotaKey.indexOf('.') + 1);
    BigDecimal total = BigDecimal.ZERO;
    for (Workload w : workloads) {
      Function<Container, BigDecimal> value = c -> value(c, limits, resource);
      BigDecimal app = w.containers().stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal init =
          w.initContainers().stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::max);
      total = total.add(app.max(init).multiply(BigDecimal.valueOf(pods(w))));
    }
    return total;
  }

  /**
   * The effective request or limit the quota admission counts (kube.Resources: a missing request
   * defaults to the limit; an explicit 0 is no value, as for the checks).
   */
  static BigDecimal value(Container c, boolean limit, String resource) {
    return Resources.amount(
        limit ? Resources.limit(c, resource) : Resources.effectiveRequest(c, resource));
  }

  static Map<String, Quantity> requestsOf(Container c) {
    return c.getResources() == null || c.getResources().getRequests() == null
        ? Map.of()
        : c.getResources().getRequests();
  }

  static Map<String, Quantity> limitsOf(Container c) {
    return c.getResources() == null || c.getResources().getLimits() == null
        ? Map.of()
        : c.getResources().getLimits();
  }
}
