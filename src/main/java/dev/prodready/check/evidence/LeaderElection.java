package dev.prodready.check.evidence;

import dev.prodready.kube.ServiceAccounts;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a workload is a leader-elected controller: one replica does the work, the others wait as
 * standbys. Two kinds of evidence, the first that applies wins:
 *
 * <ol>
 *   <li>its containers' command line: {@code --leader-elect}, {@code --leader-election} or {@code
 *       --enable-leader-election}, bare or {@code =true}; the same flag {@code =false} says it is
 *       not;
 *   <li>otherwise a Role or ClusterRole bound to its ServiceAccount (by name, not through a group)
 *       with a rule that names coordination.k8s.io leases explicitly and grants create or update:
 *       the client-go and controller-runtime lease lock needs those, and many charts enable leader
 *       election without a flag.
 * </ol>
 *
 * Wildcard rules do not count: cluster-admin grants leases to everything and proves nothing about
 * leader election.
 */
public final class LeaderElection {

  static final List<String> FLAGS =
      List.of("--leader-elect", "--leader-election", "--enable-leader-election");
  private static final Set<String> TRUE = Set.of("", "true", "1", "t", "yes");

  private LeaderElection() {}

  /**
   * How the workload is seen to elect a leader ("container manager runs with --leader-elect"), or
   * empty.
   */
  public static Optional<String> evidence(Workload workload, NamespaceSnapshot namespace) {
    Optional<Boolean> flagged = Optional.empty();
    String flagEvidence = null;
    for (Container c : workload.containers()) {
      var args = new ArrayList<String>();
      if (c.getCommand() != null) {
        args.addAll(c.getCommand());
      }
      if (c.getArgs() != null) {
        args.addAll(c.getArgs());
      }
      for (String arg : args) {
        Optional<Boolean> value = flagValue(arg.trim());
        if (value.isPresent()) {
          flagged = value;
          flagEvidence = "container " + c.getName() + " runs with " + arg.trim();
        }
      }
      if (flagged.isPresent()) {
        return flagged.get() ? Optional.of(flagEvidence) : Optional.empty();
      }
    }
    String account = ServiceAccounts.nameOf(workload.podSpec());
    return leaseGrant(account, namespace);
  }

  /**
   * true/false for a leader-election flag ("--leader-elect", "--leader-elect=false"), empty for
   * other arguments.
   */
  static Optional<Boolean> flagValue(String arg) {
    for (String flag : FLAGS) {
      if (arg.equals(flag)) {
        return Optional.of(true);
      }
      if (arg.startsWith(flag + "=")) {
        return Optional.of(
            TRUE.contains(arg.substring(flag.length() + 1).toLowerCase(Locale.ROOT)));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> leaseGrant(String account, NamespaceSnapshot namespace) {
    for (var b : namespace.roleBindings()) {
      String bindingNs =
          b.getMetadata().getNamespace() == null
              ? namespace.name()
              : b.getMetadata().getNamespace();
      if (namesAccount(
              Rbac.namespaceSubjects(b.getSubjects(), bindingNs, namespace.name()), account)
          && grantsLeaseWrite(b.getRoleRef(), namespace)) {
        return Optional.of(describe(b.getRoleRef(), account));
      }
    }
    for (var b : namespace.cluster().clusterRoleBindings()) {
      if (namesAccount(Rbac.namespaceSubjects(b.getSubjects(), null, namespace.name()), account)
          && grantsLeaseWrite(b.getRoleRef(), namespace)) {
        return Optional.of(describe(b.getRoleRef(), account));
      }
    }
    return Optional.empty();
  }

  private static boolean namesAccount(List<String> subjects, String account) {
    return subjects.contains("ServiceAccount " + account);
  }

  private static String describe(RoleRef ref, String account) {
    return ref.getKind()
        + " "
        + ref.getName()
        + " bound to its ServiceAccount "
        + account
        + " grants create/update on coordination.k8s.io leases";
  }

  private static boolean grantsLeaseWrite(RoleRef ref, NamespaceSnapshot namespace) {
    return Rbac.rules(ref, namespace).stream().anyMatch(LeaderElection::leaseWrite);
  }

  private static boolean leaseWrite(PolicyRule rule) {
    return rule.getApiGroups() != null
        && rule.getApiGroups().contains("coordination.k8s.io")
        && rule.getResources() != null
        && rule.getResources().contains("leases")
        && rule.getVerbs() != null
        && (rule.getVerbs().contains("create") || rule.getVerbs().contains("update"));
  }
}
