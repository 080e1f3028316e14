package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/** Workloads sharing the default service account share every permission anyone ever granted to it. */
@Singleton
public class DedicatedServiceAccountCheck implements WorkloadCheck {

  static final CheckInfo INFO = new CheckInfo("dedicated-service-account", "Security #2", Security, High,
      "Workloads run under their own service account, not default",
      "Workloads sharing the default service account share every permission anyone ever granted to it.",
      "Create a ServiceAccount per workload and set spec.template.spec.serviceAccountName.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    String account = workload.podSpec().getServiceAccountName();
    if (account == null || account.isBlank()) {
      account = workload.podSpec().getServiceAccount();
    }
    return account == null || account.isBlank() || account.equals("default")
        ? Verdict.fail("runs as the default service account") : Verdict.pass();
  }
}
