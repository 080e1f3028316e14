package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.check.evidence.Rbac;
import dev.prodready.kube.ServiceAccounts;
import dev.prodready.kube.ServiceAccounts.TokenMount;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The checklist says "unless SA token is needed". The token is off when the pod sets
 * automountServiceAccountToken: false, or leaves it unset and its ServiceAccount sets it to false
 * (the pod's field wins, as in the ServiceAccount admission). A mounted token counts as needed when
 * the service account is bound to a Role or ClusterRole (RoleBinding or ClusterRoleBinding,
 * directly or through system:serviceaccounts groups; the platform's own system:* bindings, such as
 * service-account issuer discovery for every account, do not count): a pod given API rights is
 * meant to use them. Whether those rights are minimal is rbac-least-privilege's question.
 */
@Singleton
public class AutomountServiceAccountTokenCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("automount-token-disabled", "Security #3", Security, High)
          .title("Pods mount no service account token unless they need it")
          .why(
              "A mounted token lets anyone who compromises the pod talk to the API server with the pod's permissions.")
          .hint(
              "Set automountServiceAccountToken: false on the pod template or its ServiceAccount unless the app calls the "
                  + "Kubernetes API (then bind it a Role).");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads automountServiceAccountToken on the pod template, else on its ServiceAccount; a mounted token passes "
        + "when a RoleBinding or ClusterRoleBinding (system:* platform bindings aside) grants that service account a "
        + "role, since the app then needs it. Never Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    String account = ServiceAccounts.nameOf(workload.podSpec());
    TokenMount mount = ServiceAccounts.tokenMount(workload.podSpec(), namespace.serviceAccounts());
    if (mount == TokenMount.DISABLED_BY_POD) {
      return Verdict.pass();
    }
    if (mount == TokenMount.DISABLED_BY_SERVICE_ACCOUNT) {
      return Verdict.pass(
          "ServiceAccount " + account + " sets automountServiceAccountToken: false");
    }
    List<String> grants = Rbac.grantsTo(account, namespace);
    if (!grants.isEmpty()) {
      return Verdict.pass("token needed: " + grants.get(0) + " to ServiceAccount " + account);
    }
    return Verdict.fail(
        "service account token is mounted ("
            + (mount == TokenMount.ENABLED_BY_POD
                ? "automountServiceAccountToken: true"
                : "the default")
            + ") and ServiceAccount "
            + account
            + " is bound to no role");
  }
}
