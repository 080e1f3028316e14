package dev.prodready.snapshot;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import java.util.List;

/** Cluster-level objects a namespace's checks may read (never write): RBAC that reaches into it, control-plane CronJobs. */
public record ClusterView(List<ClusterRole> clusterRoles, List<ClusterRoleBinding> clusterRoleBindings,
    List<CronJob> kubeSystemCronJobs) {

  public static final String KUBE_SYSTEM = "kube-system";

  public static ClusterView empty() {
    return new ClusterView(List.of(), List.of(), List.of());
  }
}
