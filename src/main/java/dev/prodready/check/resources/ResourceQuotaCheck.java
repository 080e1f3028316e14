package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.ResourceQuotas;
import dev.prodready.snapshot.NamespaceSnapshot;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * Only a quota that caps cpu and memory (requests or limits, {@link ResourceQuotas#capsCompute})
 * prevents that: GKE creates gke-resource-quotas in every namespace, capping object counts only,
 * and a namespace with just that one still lets a Deployment claim every core. The ResourceQuota
 * guardrail uses the same predicate ({@link ResourceQuotas#capsCompute}) for "a quota is already
 * present".
 */
@Singleton
public class ResourceQuotaCheck implements NamespaceCheck {

  public static final CheckInfo INFO =
      CheckInfo.of("resource-quota", "Resources #8", Resources, High)
          .title("The namespace has a ResourceQuota capping cpu and memory")
          .why(
              "Without a quota one runaway deployment can exhaust the cluster's capacity for every other team.")
          .hint(
              "Create a ResourceQuota with hard limits for requests/limits of cpu and memory, pods and PVCs.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads the namespace's ResourceQuotas: passes when they cap cpu and memory (requests.*, limits.* or the "
        + "bare cpu/memory), and names what is capped; a quota of object counts only (GKE's gke-resource-quotas) fails. "
        + "Never Manual.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    var quotas = namespace.resourceQuotas();
    Set<String> capped = ResourceQuotas.capped(quotas);
    if (ResourceQuotas.capsCompute(quotas)) {
      return Verdict.pass("ResourceQuota caps " + String.join(", ", capped));
    }
    if (capped.isEmpty()) {
      return Verdict.fail("no ResourceQuota with hard limits in the namespace");
    }
    List<String> missing = ResourceQuotas.missingCompute(quotas);
    return Verdict.fail(
        "no ResourceQuota caps "
            + String.join(" or ", missing)
            + " (requests or limits); "
            + "the quotas cap only "
            + String.join(", ", capped));
  }
}
