package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.cache.PrunedItemStore;
import dev.prodready.shard.ShardNamespaces;
import dev.prodready.snapshot.ClusterView;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.HasMetadata;
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
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The informers a profile depends on, and the snapshot read from their caches. Every change to one
 * of these objects re-evaluates every profile of the object's namespace; nothing is LISTed per
 * reconcile.
 */
public final class NamespaceInformers {

  /** Namespaced kinds whose changes can change a check result. */
  public static final List<Class<? extends HasMetadata>> WATCHED =
      List.of(
          Deployment.class,
          StatefulSet.class,
          DaemonSet.class,
          CronJob.class,
          Job.class,
          Service.class,
          PodDisruptionBudget.class,
          HorizontalPodAutoscaler.class,
          NetworkPolicy.class,
          ResourceQuota.class,
          LimitRange.class,
          Ingress.class,
          PersistentVolumeClaim.class,
          ServiceAccount.class,
          Role.class,
          RoleBinding.class);

  /**
   * Cluster-scoped kinds, read-only; a change re-evaluates every profile (a ClusterRoleBinding can
   * reach any namespace).
   */
  public static final List<Class<? extends HasMetadata>> WATCHED_CLUSTER =
      List.of(Namespace.class, ClusterRole.class, ClusterRoleBinding.class, IngressClass.class);

  private NamespaceInformers() {}

  public static List<EventSource<?, ReadinessProfile>> create(
      EventSourceContext<ReadinessProfile> context, ShardNamespaces shard) {
    shard.load();
    var sources = new ArrayList<EventSource<?, ReadinessProfile>>();
    for (Class<? extends HasMetadata> type : WATCHED) {
      sources.add(namespaced(type, context, shard));
    }
    var namespaces =
        InformerEventSourceConfiguration.from(Namespace.class, ReadinessProfile.class)
            .withWatchAllNamespaces()
            .withLabelSelector(shard.selector().orElse(null))
            .withItemStore(shard.namespaceStore(new PrunedItemStore<>()))
            .withSecondaryToPrimaryMapper(ns -> profilesIn(context, ns.getMetadata().getName()))
            .withInformerListLimit(PrunedItemStore.LIST_PAGE)
            .build();
    sources.add(new InformerEventSource<>(namespaces, context));
    sources.add(OptionalInformers.crdSource(context));
    sources.add(clusterScoped(ClusterRole.class, context));
    sources.add(clusterScoped(ClusterRoleBinding.class, context));
    sources.add(clusterScoped(IngressClass.class, context));
    return sources;
  }

  private static <R extends HasMetadata> EventSource<R, ReadinessProfile> clusterScoped(
      Class<R> type, EventSourceContext<ReadinessProfile> context) {
    var config =
        InformerEventSourceConfiguration.from(type, ReadinessProfile.class)
            .withWatchAllNamespaces()
            .withSecondaryToPrimaryMapper(o -> allProfiles(context))
            .withItemStore(new PrunedItemStore<>())
            .withInformerListLimit(PrunedItemStore.LIST_PAGE)
            .build();
    return new InformerEventSource<>(config, context);
  }

  private static Set<ResourceID> allProfiles(EventSourceContext<ReadinessProfile> context) {
    return context
        .getPrimaryCache()
        .list()
        .map(ResourceID::fromResource)
        .collect(Collectors.toSet());
  }

  private static <R extends HasMetadata> EventSource<R, ReadinessProfile> namespaced(
      Class<R> type, EventSourceContext<ReadinessProfile> context, ShardNamespaces shard) {
    var config =
        InformerEventSourceConfiguration.from(type, ReadinessProfile.class)
            .withItemStore(shard.store(type, new PrunedItemStore<>()))
            .withSecondaryToPrimaryMapper(
                o ->
                    shard.caches(o.getMetadata().getNamespace())
                        ? profilesIn(context, o.getMetadata().getNamespace())
                        : Set.of())
            .withPrimaryToSecondaryMapper(NamespaceInformers::readFromCaches)
            .withInformerListLimit(PrunedItemStore.LIST_PAGE)
            .build();
    return new InformerEventSource<>(config, context);
  }

  /**
   * Never asked: snapshots read the caches by namespace. Declaring it keeps java-operator-sdk from
   * maintaining its primary-to-secondary index, an entry per cached object (about 30 MB at 20,000
   * workloads).
   */
  private static Set<ResourceID> readFromCaches(ReadinessProfile profile) {
    return Set.of();
  }

  private static Set<ResourceID> profilesIn(
      EventSourceContext<ReadinessProfile> context, String namespace) {
    return context
        .getPrimaryCache()
        .list(namespace)
        .map(ResourceID::fromResource)
        .collect(Collectors.toSet());
  }

  /**
   * Reads the namespace from the caches (every workload: the evaluation pipeline applies the
   * workloadSelector).
   */
  public static NamespaceSnapshot snapshot(
      ReadinessProfile profile,
      Context<ReadinessProfile> context,
      Set<String> optionalKinds,
      Instant observedAt) {
    String ns = profile.getMetadata().getNamespace();
    var objects = new ArrayList<HasMetadata>();
    for (Class<? extends HasMetadata> type : WATCHED) {
      cache(context, type).list(ns, o -> true).forEach(objects::add);
    }
    cache(context, CronJob.class).list(ClusterView.KUBE_SYSTEM, o -> true).forEach(objects::add);
    cache(context, ClusterRole.class).list(o -> true).forEach(objects::add);
    cache(context, ClusterRoleBinding.class).list(o -> true).forEach(objects::add);
    cache(context, IngressClass.class).list(o -> true).forEach(objects::add);
    // Node agents (log shippers) of other namespaces, from the DaemonSet informer that is there
    // anyway: no new watch.
    cache(context, DaemonSet.class)
        .list(o -> !ns.equals(o.getMetadata().getNamespace()))
        .forEach(objects::add);
    Namespace namespace = cache(context, Namespace.class).get(new ResourceID(ns)).orElse(null);
    return NamespaceSnapshot.of(
        ns,
        namespace,
        profile.getSpec(),
        objects,
        OptionalInformers.read(context, optionalKinds),
        observedAt);
  }

  /** The informers {@link #snapshot} reads. */
  static Stream<InformerEventSource<?, ReadinessProfile>> readSources(
      Context<ReadinessProfile> context) {
    return Stream.concat(WATCHED.stream(), WATCHED_CLUSTER.stream())
        .map(type -> cache(context, type));
  }

  @SuppressWarnings("unchecked")
  private static <R extends HasMetadata> InformerEventSource<R, ReadinessProfile> cache(
      Context<ReadinessProfile> context, Class<R> type) {
    return (InformerEventSource<R, ReadinessProfile>)
        context.eventSourceRetriever().getEventSourceFor(type);
  }
}
