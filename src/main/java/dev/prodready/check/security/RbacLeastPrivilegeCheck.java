package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.Rbac;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's own bindings ({@link Rbac#isPlatformBinding}: system:controller:*, kubeadm:*...)
 * are left out: the built-in controllers in kube-system need wide rights by design, and the team
 * cannot change them.
 */
@Singleton
public class RbacLeastPrivilegeCheck implements NamespaceCheck {

  static final CheckInfo INFO =
      CheckInfo.of("rbac-least-privilege", "Security #1", Security, Critical)
          .title(
              "No service account of the namespace is bound to cluster-admin, admin or a role with wildcard rules")
          .why(
              "A service account with admin or wildcard rights turns one compromised pod into a compromised namespace or cluster.")
          .hint(
              "Bind a Role that lists the exact verbs and resources the workload needs instead of cluster-admin, admin or \"*\".");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads RoleBindings here and ClusterRoleBindings whose subjects are this namespace's service accounts "
        + "(or their groups), and the roles they grant: cluster-admin, admin or a rule with * in verbs or resources "
        + "fails; the platform's system:*/kubeadm:* bindings are left out. Never Manual.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    var findings = new ArrayList<String>();
    for (var binding : namespace.roleBindings()) {
      inspect(
          "RoleBinding " + binding.getMetadata().getName(),
          binding.getSubjects(),
          binding.getMetadata().getNamespace() == null
              ? namespace.name()
              : binding.getMetadata().getNamespace(),
          binding.getRoleRef(),
          namespace,
          findings);
    }
    for (var binding : namespace.cluster().clusterRoleBindings()) {
      if (Rbac.isPlatformBinding(binding)) {
        continue;
      }
      inspect(
          "ClusterRoleBinding " + binding.getMetadata().getName(),
          binding.getSubjects(),
          null,
          binding.getRoleRef(),
          namespace,
          findings);
    }
    if (findings.isEmpty()) {
      return Verdict.pass(
          "no binding grants this namespace's service accounts admin or wildcard rights");
    }
    return Verdict.fail(
        "excessive RBAC: " + String.join("; ", findings.stream().sorted().toList()));
  }

  private static void inspect(
      String binding,
      List<Subject> subjects,
      String bindingNamespace,
      RoleRef roleRef,
      NamespaceSnapshot namespace,
      List<String> findings) {
    List<String> granted = Rbac.namespaceSubjects(subjects, bindingNamespace, namespace.name());
    if (granted.isEmpty()) {
      return;
    }
    Rbac.excess(roleRef, namespace)
        .ifPresent(
            role ->
                findings.add(binding + " grants " + role + " to " + String.join(", ", granted)));
  }
}
