package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A container's resource requests and limits as the cluster applies them, read from a pod template.
 *
 * <p>Two Kubernetes rules decide what counts. The API server defaults a missing request to the
 * container's limit for the same resource (core/v1 defaulting), so a container with limits only has
 * requests equal to its limits. And an explicit {@code 0} is no value: the kubelet's QoS
 * classification ignores zero requests and a zero limit means no limit, so {@code cpu: 0} reserves
 * and caps nothing. Every reader (checks and the quota guardrail) goes through here so that they
 * agree.
 */
public final class Resources {

  /** Where an effective request comes from. */
  public enum Source {
    REQUEST,
    DEFAULTED_FROM_LIMIT,
    NONE
  }

  private Resources() {}

  /**
   * The request the API server stores: the declared one, else the limit; empty when neither is a
   * positive value.
   */
  public static Optional<Quantity> effectiveRequest(Container c, String resource) {
    return declared(requests(c), resource)
        ? positive(requests(c), resource)
        : positive(limits(c), resource);
  }

  public static Source requestSource(Container c, String resource) {
    if (positive(requests(c), resource).isPresent()) {
      return Source.REQUEST;
    }
    if (!declared(requests(c), resource) && positive(limits(c), resource).isPresent()) {
      return Source.DEFAULTED_FROM_LIMIT;
    }
    return Source.NONE;
  }

  public static Optional<Quantity> limit(Container c, String resource) {
    return positive(limits(c), resource);
  }

  public static boolean hasRequest(Container c, String resource) {
    return requestSource(c, resource) != Source.NONE;
  }

  public static boolean hasLimit(Container c, String resource) {
    return limit(c, resource).isPresent();
  }

  /**
   * Whether the request or limit is written as an explicit zero (reported as such, since it looks
   * set).
   */
  public static boolean explicitZero(Container c, String resource) {
    return isZero(requests(c), resource) || isZero(limits(c), resource);
  }

  /** The effective request or limit in base units (cores, bytes); zero when there is none. */
  public static BigDecimal amount(Optional<Quantity> value) {
    return value.map(Quantity::getNumericalAmount).orElse(BigDecimal.ZERO);
  }

  private static Map<String, Quantity> requests(Container c) {
    return c.getResources() == null || c.getResources().getRequests() == null
        ? Map.of()
        : c.getResources().getRequests();
  }

  private static Map<String, Quantity> limits(Container c) {
    return c.getResources() == null || c.getResources().getLimits() == null
        ? Map.of()
        : c.getResources().getLimits();
  }

  private static boolean declared(Map<String, Quantity> values, String resource) {
    Quantity q = values.get(resource);
    return q != null && q.getAmount() != null && !q.getAmount().isBlank();
  }

  private static boolean isZero(Map<String, Quantity> values, String resource) {
    return declared(values, resource) && values.get(resource).getNumericalAmount().signum() == 0;
  }

  private static Optional<Quantity> positive(Map<String, Quantity> values, String resource) {
    return declared(values, resource) && values.get(resource).getNumericalAmount().signum() > 0
        ? Optional.of(values.get(resource))
        : Optional.empty();
  }
}
