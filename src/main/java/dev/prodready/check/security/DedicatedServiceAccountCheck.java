package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.kube.ServiceAccounts;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Fails the default service account and any service account that several workloads of the namespace
 * run as (each of them fails, naming the others). Workloads outside the profile's workloadSelector
 * are not seen, so sharing with them goes unnoticed.
 */
@Singleton
public class DedicatedServiceAccountCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("dedicated-service-account", "Security #2", Security, High)
          .title("Each workload runs under its own service account, not default and not shared")
          .why(
              "Workloads sharing a service account share every permission anyone ever granted to it.")
          .hint(
              "Create a ServiceAccount per workload and set spec.template.spec.serviceAccountName.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads serviceAccountName (or the deprecated serviceAccount) of every workload: default fails, and so does "
        + "a service account that other workloads of the namespace also run as. Never Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    String account = ServiceAccounts.nameOf(workload.podSpec());
    if (account.equals(ServiceAccounts.DEFAULT)) {
      return Verdict.fail("runs as the default service account");
    }
    List<String> sharing =
        namespace.workloads().stream()
            .filter(w -> w != workload && account.equals(ServiceAccounts.nameOf(w.podSpec())))
            .map(Workload::ref)
            .toList();
    return sharing.isEmpty()
        ? Verdict.pass()
        : Verdict.fail("shares ServiceAccount " + account + " with " + String.join(", ", sharing));
  }
}
