package dev.prodready.snapshot;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import java.util.List;

/**
 * Cluster-level objects a namespace's checks may read (never write): RBAC that reaches into it,
 * control-plane CronJobs, the IngressClasses that name each Ingress's controller, and the
 * DaemonSets of other namespaces (node agents such as log shippers serve every namespace from their
 * own).
 */
public record ClusterView(
    List<ClusterRole> clusterRoles,
    List<ClusterRoleBinding> clusterRoleBindings,
    List<CronJob> kubeSystemCronJobs,
    List<IngressClass> ingressClasses,
    List<DaemonSet> otherDaemonSets) {

  public static final String KUBE_SYSTEM = "kube-system";

  public static ClusterView empty() {
    return new ClusterView(List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
