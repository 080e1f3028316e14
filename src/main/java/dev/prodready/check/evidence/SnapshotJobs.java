package dev.prodready.check.evidence;

import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import dev.prodready.snapshot.WorkloadKind;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CronJobs that take VolumeSnapshots on a schedule. What a job's script does cannot be read, but
 * what it may do can: a CronJob counts when it is not suspended and its service account is granted
 * {@code create} on {@code volumesnapshots.snapshot.storage.k8s.io} by a RoleBinding of the
 * namespace or a ClusterRoleBinding. A job without that permission cannot create a snapshot,
 * whatever its command says.
 */
public final class SnapshotJobs {

  static final String GROUP = "snapshot.storage.k8s.io";
  static final String RESOURCE = "volumesnapshots";

  private SnapshotJobs() {}

  /** The CronJobs of the namespace allowed to create VolumeSnapshots, as "cronjob/name". */
  public static List<String> scheduled(NamespaceSnapshot namespace) {
    return namespace.workloads().stream()
        .filter(w -> w.kind() == WorkloadKind.CronJob)
        .filter(w -> !Boolean.TRUE.equals(((CronJob) w.object()).getSpec().getSuspend()))
        .filter(w -> mayCreateSnapshots(serviceAccount(w), namespace))
        .map(Workload::ref)
        .toList();
  }

  private static String serviceAccount(Workload w) {
    return Objects.requireNonNullElse(w.podSpec().getServiceAccountName(), "default");
  }

  private static boolean mayCreateSnapshots(String serviceAccount, NamespaceSnapshot namespace) {
    Stream<RoleRef> namespaced =
        namespace.roleBindings().stream()
            .filter(
                b ->
                    names(
                        b.getSubjects(),
                        b.getMetadata().getNamespace(),
                        serviceAccount,
                        namespace.name()))
            .map(b -> b.getRoleRef());
    Stream<RoleRef> clusterWide =
        namespace.cluster().clusterRoleBindings().stream()
            .filter(b -> names(b.getSubjects(), null, serviceAccount, namespace.name()))
            .map(b -> b.getRoleRef());
    return Stream.concat(namespaced, clusterWide)
        .map(ref -> rules(ref, namespace))
        .anyMatch(rules -> rules.stream().anyMatch(SnapshotJobs::grantsCreate));
  }

  private static boolean names(
      List<Subject> subjects, String bindingNamespace, String serviceAccount, String namespace) {
    return subjects != null
        && subjects.stream()
            .anyMatch(
                s ->
                    "ServiceAccount".equals(s.getKind())
                        && serviceAccount.equals(s.getName())
                        && namespace.equals(
                            Optional.ofNullable(s.getNamespace())
                                .filter(n -> !n.isBlank())
                                .orElse(bindingNamespace)));
  }

  private static List<PolicyRule> rules(RoleRef ref, NamespaceSnapshot namespace) {
    if (ref == null || ref.getName() == null) {
      return List.of();
    }
    var roles =
        "ClusterRole".equals(ref.getKind())
            ? namespace.cluster().clusterRoles().stream()
                .filter(r -> ref.getName().equals(r.getMetadata().getName()))
                .map(r -> r.getRules())
            : namespace.roles().stream()
                .filter(r -> ref.getName().equals(r.getMetadata().getName()))
                .map(r -> r.getRules());
    return roles.filter(Objects::nonNull).flatMap(List::stream).toList();
  }

  private static boolean grantsCreate(PolicyRule rule) {
    return matches(rule.getApiGroups(), GROUP)
        && matches(rule.getResources(), RESOURCE)
        && matches(rule.getVerbs(), "create");
  }

  private static boolean matches(List<String> values, String wanted) {
    return values != null && (values.contains(wanted) || values.contains("*"));
  }
}
