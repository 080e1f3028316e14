package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/** A mounted token lets anyone who compromises the pod talk to the API server with the pod's permissions. */
@Singleton
public class AutomountServiceAccountTokenCheck implements WorkloadCheck {

  static final CheckInfo INFO = new CheckInfo("automount-token-disabled", "Security #3", Security, High,
      "Pods set automountServiceAccountToken: false",
      "A mounted token lets anyone who compromises the pod talk to the API server with the pod's permissions.",
      "Set spec.template.spec.automountServiceAccountToken: false unless the app calls the Kubernetes API.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    return Boolean.FALSE.equals(workload.podSpec().getAutomountServiceAccountToken())
        ? Verdict.pass() : Verdict.fail("service account token is mounted");
  }
}
