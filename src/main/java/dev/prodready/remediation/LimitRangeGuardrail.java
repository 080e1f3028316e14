package dev.prodready.remediation;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.check.CheckInfo;
import dev.prodready.check.resources.LimitRangeCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * prodready-limits: container defaults from the checklist. max is raised and min lowered to the
 * values existing containers use, and the default limit is raised above requests of containers that
 * have no limit, so no running workload would be rejected on its next rollout.
 */
public class LimitRangeGuardrail implements Guardrail {

  static final String NAME = Managed.PREFIX + "limits";
  private static final List<String> RESOURCES = List.of("cpu", "memory");
  static final Map<String, String> DEFAULT_LIMITS = Map.of("cpu", "500m", "memory", "512Mi");
  static final Map<String, String> DEFAULT_REQUESTS = Map.of("cpu", "100m", "memory", "128Mi");
  static final Map<String, String> MAX = Map.of("cpu", "4", "memory", "8Gi");
  static final Map<String, String> MIN = Map.of("cpu", "50m", "memory", "64Mi");

  @Override
  public CheckInfo check() {
    return LimitRangeCheck.INFO;
  }

  @Override
  public String kind() {
    return "LimitRange";
  }

  @Override
  public List<LimitRange> objects(NamespaceSnapshot namespace) {
    return namespace.limitRanges();
  }

  @Override
  public boolean enabled(RemediationSpec spec) {
    return Boolean.TRUE.equals(spec.getLimitRange().getEnabled());
  }

  @Override
  public List<Plan> plan(
      NamespaceSnapshot ns, RemediationSpec spec, ReadinessProfile owner, List<Plan> earlier) {
    var theirs =
        LimitRangeCheck.withContainerDefaults(
            ns.limitRanges().stream().filter(l -> !Managed.isOurs(l, owner)).toList());
    if (theirs.isPresent()) {
      return List.of(
          Plan.exists(
              kind(),
              theirs.get().getMetadata().getName(),
              check(),
              "the namespace has a LimitRange with container defaults"));
    }
    var s = spec.getLimitRange();
    var notes = new ArrayList<String>();
    var defaults = merged(DEFAULT_LIMITS, s.getDefaultLimits());
    var requests = merged(DEFAULT_REQUESTS, s.getDefaultRequests());
    var max = merged(MAX, s.getMax());
    var min = merged(MIN, s.getMin());
    List<Container> containers =
        ns.workloads().stream()
            .flatMap(w -> w.allContainers().stream())
            .map(c -> c.container())
            .toList();
    for (String r : RESOURCES) {
      largest(containers, r)
          .filter(v -> v.compareTo(Quantities.parse(max.get(r))) > 0)
          .ifPresent(
              v -> {
                notes.add(
                    "max "
                        + r
                        + " raised from "
                        + max.get(r)
                        + " to "
                        + Quantities.render(v, r)
                        + " (an existing container uses it)");
                max.put(r, Quantities.render(v, r));
              });
      smallest(containers, r)
          .filter(v -> v.compareTo(Quantities.parse(min.get(r))) < 0)
          .ifPresent(
              v -> {
                String exact = smallestText(containers, r, v);
                notes.add(
                    "min "
                        + r
                        + " lowered from "
                        + min.get(r)
                        + " to "
                        + exact
                        + " (an existing container uses it)");
                min.put(r, exact);
              });
      requestWithoutLimit(containers, r)
          .filter(v -> v.compareTo(Quantities.parse(defaults.get(r))) > 0)
          .ifPresent(
              v -> {
                notes.add(
                    "default "
                        + r
                        + " limit raised from "
                        + defaults.get(r)
                        + " to "
                        + Quantities.render(v, r)
                        + " (a container without a limit requests more)");
                defaults.put(r, Quantities.render(v, r));
              });
    }
    var desired =
        new LimitRangeBuilder()
            .withMetadata(Managed.metadata(NAME, owner))
            .withNewSpec()
            .addNewLimit()
            .withType("Container")
            .withDefault(quantities(defaults))
            .withDefaultRequest(quantities(requests))
            .withMax(quantities(max))
            .withMin(quantities(min))
            .endLimit()
            .endSpec()
            .build();
    var values = new LinkedHashMap<String, String>();
    RESOURCES.forEach(
        r -> {
          values.put("default." + r, defaults.get(r));
          values.put("defaultRequest." + r, requests.get(r));
          values.put("max." + r, max.get(r));
          values.put("min." + r, min.get(r));
        });
    String reason =
        "no LimitRange with container defaults in the namespace"
            + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
    return List.of(Plan.planned(desired, check(), reason, values));
  }

  private static Map<String, String> merged(
      Map<String, String> defaults, Map<String, String> overrides) {
    var m = new LinkedHashMap<>(defaults);
    if (overrides != null) {
      m.putAll(overrides);
    }
    return m;
  }

  private static Map<String, Quantity> quantities(Map<String, String> values) {
    var m = new LinkedHashMap<String, Quantity>();
    values.forEach((k, v) -> m.put(k, new Quantity(v)));
    return m;
  }

  /** Every request and limit of the resource that some container sets. */
  private static Stream<Quantity> quantities(List<Container> containers, String r) {
    return containers.stream()
        .flatMap(c -> Stream.of(PodResources.requestsOf(c).get(r), PodResources.limitsOf(c).get(r)))
        .filter(q -> q != null);
  }

  private static Optional<BigDecimal> largest(List<Container> containers, String r) {
    return quantities(containers, r).map(Quantity::getNumericalAmount).max(BigDecimal::compareTo);
  }

  private static Optional<BigDecimal> smallest(List<Container> containers, String r) {
    return quantities(containers, r).map(Quantity::getNumericalAmount).min(BigDecimal::compareTo);
  }

  /** The smallest value as a container wrote it, so the LimitRange shows the same text. */
  private static String smallestText(List<Container> containers, String r, BigDecimal value) {
    return quantities(containers, r)
        .filter(q -> q.getNumericalAmount().compareTo(value) == 0)
        .findFirst()
        .map(Quantity::toString)
        .orElse(Quantities.render(value, r));
  }

  private static Optional<BigDecimal> requestWithoutLimit(List<Container> containers, String r) {
    return containers.stream()
        .filter(c -> PodResources.limitsOf(c).get(r) == null)
        .map(c -> PodResources.requestsOf(c).get(r))
        .filter(q -> q != null)
        .map(Quantity::getNumericalAmount)
        .max(BigDecimal::compareTo);
  }
}
