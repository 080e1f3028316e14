package dev.prodready.snapshot;

import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.kube.LabelSelectors;
import dev.prodready.kube.Unstructured;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only view of one namespace, built once per evaluation from informer caches (or fixtures in
 * tests). Checks are pure functions of it. {@code extras} holds objects of optional CRDs keyed by
 * "group/Kind", from every namespace (a Velero Schedule lives in the velero namespace but covers
 * this one); a key is present exactly when that CRD is served, so checks can tell "none exist" from
 * "cannot exist here". {@link #extraHere} keeps this namespace's. {@code observedAt} is the time of
 * the evaluation, so checks that judge how recent something is (a snapshot, a restore) stay pure
 * functions of the snapshot.
 */
public record NamespaceSnapshot(
    String name,
    Namespace namespace,
    ReadinessProfileSpec profile,
    List<Workload> workloads,
    List<Service> services,
    List<PodDisruptionBudget> podDisruptionBudgets,
    List<HorizontalPodAutoscaler> horizontalPodAutoscalers,
    List<NetworkPolicy> networkPolicies,
    List<ResourceQuota> resourceQuotas,
    List<LimitRange> limitRanges,
    List<Ingress> ingresses,
    List<PersistentVolumeClaim> persistentVolumeClaims,
    List<ServiceAccount> serviceAccounts,
    List<Role> roles,
    List<RoleBinding> roleBindings,
    ClusterView cluster,
    Map<String, List<GenericKubernetesResource>> extras,
    Instant observedAt) {

  /**
   * {@link #of(String, Namespace, ReadinessProfileSpec, Collection, Map, Instant)} observed now.
   */
  public static NamespaceSnapshot of(
      String name,
      Namespace namespace,
      ReadinessProfileSpec profile,
      Collection<? extends HasMetadata> objects,
      Map<String, List<GenericKubernetesResource>> extras) {
    return of(name, namespace, profile, objects, extras, Instant.now());
  }

  /**
   * Sorts a flat list of objects (a cache dump or a fixture file) into a snapshot. Objects are not
   * copied.
   */
  public static NamespaceSnapshot of(
      String name,
      Namespace namespace,
      ReadinessProfileSpec profile,
      Collection<? extends HasMetadata> objects,
      Map<String, List<GenericKubernetesResource>> extras,
      Instant observedAt) {
    var workloads = new ArrayList<Workload>();
    var services = new ArrayList<Service>();
    var pdbs = new ArrayList<PodDisruptionBudget>();
    var hpas = new ArrayList<HorizontalPodAutoscaler>();
    var policies = new ArrayList<NetworkPolicy>();
    var quotas = new ArrayList<ResourceQuota>();
    var limitRanges = new ArrayList<LimitRange>();
    var ingresses = new ArrayList<Ingress>();
    var pvcs = new ArrayList<PersistentVolumeClaim>();
    var serviceAccounts = new ArrayList<ServiceAccount>();
    var roles = new ArrayList<Role>();
    var roleBindings = new ArrayList<RoleBinding>();
    var clusterRoles = new ArrayList<ClusterRole>();
    var clusterRoleBindings = new ArrayList<ClusterRoleBinding>();
    var kubeSystemCronJobs = new ArrayList<CronJob>();
    var ingressClasses = new ArrayList<IngressClass>();
    var otherDaemonSets = new ArrayList<DaemonSet>();
    for (HasMetadata o : objects) {
      String ns = o.getMetadata().getNamespace();
      if (o instanceof ClusterRole r) {
        clusterRoles.add(r);
      } else if (o instanceof ClusterRoleBinding b) {
        clusterRoleBindings.add(b);
      } else if (o instanceof IngressClass c) {
        ingressClasses.add(c);
      } else if (ns != null && !ns.equals(name)) {
        if (o instanceof CronJob c && ClusterView.KUBE_SYSTEM.equals(ns)) {
          kubeSystemCronJobs.add(c);
        } else if (o instanceof DaemonSet d) {
          otherDaemonSets.add(d);
        }
      } else if (o instanceof Deployment d) {
        workloads.add(Workload.of(d));
      } else if (o instanceof StatefulSet s) {
        workloads.add(Workload.of(s));
      } else if (o instanceof DaemonSet d) {
        workloads.add(Workload.of(d));
      } else if (o instanceof CronJob c) {
        workloads.add(Workload.of(c));
      } else if (o instanceof Job j && !ownedByCronJob(j)) {
        workloads.add(Workload.of(j));
      } else if (o instanceof Service s) {
        services.add(s);
      } else if (o instanceof PodDisruptionBudget p) {
        pdbs.add(p);
      } else if (o instanceof HorizontalPodAutoscaler h) {
        hpas.add(h);
      } else if (o instanceof NetworkPolicy n) {
        policies.add(n);
      } else if (o instanceof ResourceQuota q) {
        quotas.add(q);
      } else if (o instanceof LimitRange l) {
        limitRanges.add(l);
      } else if (o instanceof Ingress i) {
        ingresses.add(i);
      } else if (o instanceof PersistentVolumeClaim c) {
        pvcs.add(c);
      } else if (o instanceof ServiceAccount a) {
        serviceAccounts.add(a);
      } else if (o instanceof Role r) {
        roles.add(r);
      } else if (o instanceof RoleBinding b) {
        roleBindings.add(b);
      }
    }
    if (ClusterView.KUBE_SYSTEM.equals(name)) {
      workloads.stream()
          .filter(w -> w.object() instanceof CronJob)
          .forEach(w -> kubeSystemCronJobs.add((CronJob) w.object()));
    }
    workloads.sort(Comparator.comparing(Workload::ref));
    return new NamespaceSnapshot(
        name,
        namespace,
        profile,
        List.copyOf(workloads),
        List.copyOf(services),
        List.copyOf(pdbs),
        List.copyOf(hpas),
        List.copyOf(policies),
        List.copyOf(quotas),
        List.copyOf(limitRanges),
        List.copyOf(ingresses),
        List.copyOf(pvcs),
        List.copyOf(serviceAccounts),
        List.copyOf(roles),
        List.copyOf(roleBindings),
        new ClusterView(
            List.copyOf(clusterRoles),
            List.copyOf(clusterRoleBindings),
            List.copyOf(kubeSystemCronJobs),
            List.copyOf(ingressClasses),
            List.copyOf(otherDaemonSets)),
        Map.copyOf(extras),
        observedAt);
  }

  /**
   * The same namespace with only the workloads whose labels match the selector (null: all of them).
   */
  public NamespaceSnapshot selecting(LabelSelector selector) {
    if (selector == null) {
      return this;
    }
    List<Workload> selected =
        workloads.stream().filter(w -> LabelSelectors.matches(selector, w.labels())).toList();
    return new NamespaceSnapshot(
        name,
        namespace,
        profile,
        selected,
        services,
        podDisruptionBudgets,
        horizontalPodAutoscalers,
        networkPolicies,
        resourceQuotas,
        limitRanges,
        ingresses,
        persistentVolumeClaims,
        serviceAccounts,
        roles,
        roleBindings,
        cluster,
        extras,
        observedAt);
  }

  private static boolean ownedByCronJob(Job job) {
    var owners = job.getMetadata().getOwnerReferences();
    return owners != null && owners.stream().anyMatch(r -> "CronJob".equals(r.getKind()));
  }

  public Map<String, String> namespaceLabels() {
    return Optional.ofNullable(namespace)
        .map(HasMetadata::getMetadata)
        .map(m -> m.getLabels())
        .orElse(Map.of());
  }

  /** Objects of an optional CRD in every namespace, or empty when the CRD is not served. */
  public Optional<List<GenericKubernetesResource>> extra(OptionalCrd crd) {
    return Optional.ofNullable(extras.get(crd.key()));
  }

  /**
   * Objects of an optional CRD in this namespace (or cluster-scoped ones), or empty when the CRD is
   * not served.
   */
  public Optional<List<GenericKubernetesResource>> extraHere(OptionalCrd crd) {
    return extra(crd)
        .map(
            all ->
                all.stream()
                    .filter(
                        o ->
                            Unstructured.namespace(o).isEmpty()
                                || Unstructured.namespace(o).equals(name))
                    .toList());
  }

  /** Whether a CRD is served by the cluster. */
  public boolean serves(OptionalCrd crd) {
    return extras.containsKey(crd.key());
  }
}
