package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.ResourceQuota;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a namespace's ResourceQuotas cap. A quota keeps a runaway workload from exhausting the
 * cluster only when it caps compute: cpu and memory, as requests ({@code requests.cpu}, or the bare
 * {@code cpu} that means the same) or limits. A quota of object counts alone (GKE's
 * gke-resource-quotas: pods, services, ingresses) lets any number of cores be claimed. The
 * resource-quota check and the ResourceQuota guardrail both judge "has a quota" by {@link
 * #capsCompute}, so a check that fails never meets a guardrail that calls the quota already
 * present.
 */
public final class ResourceQuotas {

  static final List<String> CPU = List.of("cpu", "requests.cpu", "limits.cpu");
  static final List<String> MEMORY = List.of("memory", "requests.memory", "limits.memory");

  private ResourceQuotas() {}

  /** Every resource the quotas set a hard limit on, sorted. */
  public static Set<String> capped(Collection<ResourceQuota> quotas) {
    var capped = new TreeSet<String>();
    quotas.forEach(
        q -> {
          if (q.getSpec() != null && q.getSpec().getHard() != null) {
            capped.addAll(q.getSpec().getHard().keySet());
          }
        });
    return capped;
  }

  /**
   * Whether the quotas together cap cpu and memory (several quotas all apply, so they may split the
   * two).
   */
  public static boolean capsCompute(Collection<ResourceQuota> quotas) {
    return missingCompute(quotas).isEmpty();
  }

  /** "cpu" and/or "memory" when no quota caps it, empty when both are capped. */
  public static List<String> missingCompute(Collection<ResourceQuota> quotas) {
    Set<String> capped = capped(quotas);
    return List.of("cpu", "memory").stream()
        .filter(r -> (r.equals("cpu") ? CPU : MEMORY).stream().noneMatch(capped::contains))
        .toList();
  }
}
