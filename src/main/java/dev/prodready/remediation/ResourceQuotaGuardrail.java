package dev.prodready.remediation;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.api.v1alpha1.ResourceQuotaRemediation;
import dev.prodready.check.CheckInfo;
import dev.prodready.check.resources.LimitRangeCheck;
import dev.prodready.check.resources.ResourceQuotaCheck;
import dev.prodready.kube.ResourceQuotas;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * prodready-quota: the checklist's quota, never below current usage plus 50% headroom (raised, and
 * the reason says so). Held back while containers lack the requests or limits it caps and no
 * LimitRange provides defaults: the API server would reject their pods on the next rollout. "Lack"
 * is judged as the resource checks judge it (kube.Resources): a request defaulted from the limit is
 * present, and an explicit 0 is not. Quota admission itself would accept an explicit 0, so holding
 * back on one is conservative; it keeps one meaning of "set" across checks and guardrails. A user's
 * quota makes it stand down only when it caps cpu and memory ({@link ResourceQuotas#capsCompute},
 * the resource-quota check's own rule); an object-count quota beside it leaves the compute quota to
 * be created.
 */
public class ResourceQuotaGuardrail implements Guardrail {

  static final String NAME = Managed.PREFIX + "quota";
  static final BigDecimal HEADROOM = new BigDecimal("1.5");

  @Override
  public CheckInfo check() {
    return ResourceQuotaCheck.INFO;
  }

  @Override
  public String kind() {
    return "ResourceQuota";
  }

  @Override
  public List<ResourceQuota> objects(NamespaceSnapshot namespace) {
    return namespace.resourceQuotas();
  }

  @Override
  public boolean enabled(RemediationSpec spec) {
    return Boolean.TRUE.equals(spec.getResourceQuota().getEnabled());
  }

  @Override
  public List<Plan> plan(
      NamespaceSnapshot ns, RemediationSpec spec, ReadinessProfile owner, List<Plan> earlier) {
    var theirs = ns.resourceQuotas().stream().filter(q -> !Managed.isOurs(q, owner)).toList();
    if (ResourceQuotas.capsCompute(theirs)) {
      return List.of(
          Plan.exists(
              kind(),
              theirs.get(0).getMetadata().getName(),
              check(),
              "the namespace has a ResourceQuota capping cpu and memory"));
    }
    var hard = new LinkedHashMap<>(ResourceQuotaRemediation.DEFAULT_HARD);
    if (spec.getResourceQuota().getHard() != null) {
      hard.putAll(spec.getResourceQuota().getHard());
    }
    boolean defaultsProvided =
        LimitRangeCheck.withContainerDefaults(ns.limitRanges()).isPresent()
            || earlier.stream()
                .anyMatch(p -> p.kind().equals("LimitRange") && p.decision() == Decision.Planned);
    if (!defaultsProvided) {
      var unbounded = withoutValuesFor(ns.workloads(), hard);
      if (!unbounded.isEmpty()) {
        return List.of(
            Plan.heldBack(
                kind(),
                NAME,
                check(),
                "containers without the requests or limits the quota caps "
                    + "would be rejected on their next rollout, and no LimitRange gives defaults: "
                    + String.join(", ", unbounded)
                    + " (enable remediation.limitRange or set the values)"));
      }
    }
    var notes = new ArrayList<String>();
    for (var entry : new ArrayList<>(hard.entrySet())) {
      BigDecimal usage = usage(ns, entry.getKey());
      BigDecimal floor = usage.multiply(HEADROOM);
      if (usage.signum() > 0 && Quantities.parse(entry.getValue()).compareTo(floor) < 0) {
        String raised = Quantities.render(floor, entry.getKey());
        notes.add(
            entry.getKey()
                + " raised from "
                + entry.getValue()
                + " to "
                + raised
                + " (usage "
                + Quantities.render(usage, entry.getKey())
                + " + 50%)");
        hard.put(entry.getKey(), raised);
      }
    }
    var quantities = new LinkedHashMap<String, Quantity>();
    hard.forEach((k, v) -> quantities.put(k, new Quantity(v)));
    var desired =
        new ResourceQuotaBuilder()
            .withMetadata(Managed.metadata(NAME, owner))
            .withNewSpec()
            .withHard(quantities)
            .endSpec()
            .build();
    String reason =
        "no ResourceQuota in the namespace"
            + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
    return List.of(Plan.planned(desired, check(), reason, Map.copyOf(hard)));
  }

  /**
   * Current consumption of a quota key, estimated from the workloads' pod templates (no pod is
   * read).
   */
  static BigDecimal usage(NamespaceSnapshot ns, String key) {
    return switch (key) {
      case "pods" -> BigDecimal.valueOf(ns.workloads().stream().mapToInt(PodResources::pods).sum());
      case "persistentvolumeclaims" -> BigDecimal.valueOf(ns.persistentVolumeClaims().size());
      case "services.loadbalancers" ->
          BigDecimal.valueOf(
              ns.services().stream()
                  .filter(s -> s.getSpec() != null && "LoadBalancer".equals(s.getSpec().getType()))
                  .count());
      case "requests.cpu", "requests.memory", "limits.cpu", "limits.memory" ->
          PodResources.total(ns.workloads(), key);
      default -> BigDecimal.ZERO;
    };
  }

  private static List<String> withoutValuesFor(List<Workload> workloads, Map<String, String> hard) {
    var missing = new ArrayList<String>();
    for (Workload w : workloads) {
      boolean lacks =
          w.allContainers().stream()
              .anyMatch(
                  c ->
                      hard.keySet().stream()
                          .filter(k -> k.startsWith("requests.") || k.startsWith("limits."))
                          .anyMatch(
                              k ->
                                  PodResources.value(
                                              c.container(),
                                              k.startsWith("limits."),
                                              k.substring(k.indexOf('.') + 1))
                                          .signum()
                                      == 0));
      if (lacks) {
        missing.add(w.ref());
      }
    }
    return missing;
  }
}
