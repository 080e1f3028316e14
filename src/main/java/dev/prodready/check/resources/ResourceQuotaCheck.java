package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.snapshot.NamespaceSnapshot;
import jakarta.inject.Singleton;
import java.util.TreeSet;

/** Without a quota one runaway deployment can exhaust the cluster's capacity for every other team. */
@Singleton
public class ResourceQuotaCheck implements NamespaceCheck {

  static final CheckInfo INFO = new CheckInfo("resource-quota", "Resources #8", Resources, High,
      "The namespace has a ResourceQuota",
      "Without a quota one runaway deployment can exhaust the cluster's capacity for every other team.",
      "Create a ResourceQuota with hard limits for requests/limits of cpu and memory, pods and PVCs.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads the namespace's ResourceQuotas: passes when one sets any hard limit, and names what is "
        + "capped. Never Manual.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    var capped = new TreeSet<String>();
    namespace.resourceQuotas().forEach(q -> {
      if (q.getSpec() != null && q.getSpec().getHard() != null) {
        capped.addAll(q.getSpec().getHard().keySet());
      }
    });
    if (capped.isEmpty()) {
      return Verdict.fail("no ResourceQuota with hard limits in the namespace");
    }
    return Verdict.pass("ResourceQuota caps " + String.join(", ", capped));
  }
}
