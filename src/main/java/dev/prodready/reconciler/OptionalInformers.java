package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.cache.PrunedItemStore;
import dev.prodready.check.Check;
import dev.prodready.check.CheckCatalog;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.GroupVersionKind;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Watches the optional CRDs checks read (ServiceMonitor, Velero Schedule...). A CRD informer
 * re-evaluates every profile when a CRD appears or goes; each reconcile then registers a read-only
 * informer for every served optional kind that has none yet, so a check moves from NotApplicable to
 * a result without a restart. Objects of these kinds are read in every namespace (a Velero Schedule
 * in namespace velero covers others).
 */
final class OptionalInformers {

  private static final Logger LOG = Logger.getLogger(OptionalInformers.class);
  static final String CRD_SOURCE = "crds";
  private static final String PREFIX = "optional:";

  private OptionalInformers() {}

  /** Every optional kind ("group/Kind") any check reads. */
  static Set<String> kinds(List<Check> catalog) {
    return CheckCatalog.optionalKinds(catalog);
  }

  static EventSource<CustomResourceDefinition, ReadinessProfile> crdSource(
      EventSourceContext<ReadinessProfile> context) {
    var config =
        forEveryProfile(
            InformerEventSourceConfiguration.from(
                CustomResourceDefinition.class, ReadinessProfile.class),
            CRD_SOURCE,
            context);
    return new InformerEventSource<>(config, context);
  }

  /**
   * Registers missing informers, then returns the objects of every served optional kind, keyed
   * "group/Kind".
   */
  static synchronized Map<String, List<GenericKubernetesResource>> read(
      Context<ReadinessProfile> context, Set<String> wanted) {
    @SuppressWarnings("unchecked")
    var crds =
        (InformerEventSource<CustomResourceDefinition, ReadinessProfile>)
            context
                .eventSourceRetriever()
                .getEventSourceFor(CustomResourceDefinition.class, CRD_SOURCE);
    var extras = new HashMap<String, List<GenericKubernetesResource>>();
    crds.list(crd -> wants(wanted, crd) && established(crd))
        .forEach(
            crd -> {
              String key = key(crd);
              try {
                extras.put(key, informer(context, crd).list(o -> true).toList());
              } catch (RuntimeException e) {
                LOG.warnf("cannot watch %s yet: %s", key, e.getMessage());
              }
            });
    return extras;
  }

  @SuppressWarnings("unchecked")
  private static InformerEventSource<GenericKubernetesResource, ReadinessProfile> informer(
      Context<ReadinessProfile> context, CustomResourceDefinition crd) {
    String name = PREFIX + key(crd);
    var retriever = context.eventSourceRetriever();
    try {
      return (InformerEventSource<GenericKubernetesResource, ReadinessProfile>)
          retriever.getEventSourceFor(GenericKubernetesResource.class, name);
    } catch (RuntimeException notRegisteredYet) {
      String version =
          servedVersion(crd).orElseThrow(() -> new IllegalStateException("no served version"));
      var dynamicContext = retriever.eventSourceContextForDynamicRegistration();
      // Every profile: such objects are few, change rarely, and may cover other namespaces
      // (Velero Schedules).
      var config =
          forEveryProfile(
              InformerEventSourceConfiguration.from(
                  new GroupVersionKind(
                      crd.getSpec().getGroup(), version, crd.getSpec().getNames().getKind()),
                  ReadinessProfile.class),
              name,
              dynamicContext);
      LOG.infof("watching optional kind %s (version %s)", key(crd), version);
      return (InformerEventSource<GenericKubernetesResource, ReadinessProfile>)
          retriever.dynamicallyRegisterEventSource(
              new InformerEventSource<>(config, dynamicContext));
    }
  }

  /**
   * An informer over every namespace whose objects re-evaluate every profile, keeping objects
   * pruned.
   */
  private static <R extends HasMetadata> InformerEventSourceConfiguration<R> forEveryProfile(
      InformerEventSourceConfiguration.Builder<R> builder,
      String name,
      EventSourceContext<ReadinessProfile> context) {
    return builder
        .withName(name)
        .withWatchAllNamespaces()
        .withSecondaryToPrimaryMapper(
            o ->
                context
                    .getPrimaryCache()
                    .list()
                    .map(ResourceID::fromResource)
                    .collect(Collectors.toSet()))
        .withItemStore(new PrunedItemStore<>())
        .withInformerListLimit(PrunedItemStore.LIST_PAGE)
        .build();
  }

  static boolean wants(Set<String> wanted, CustomResourceDefinition crd) {
    return OptionalCrd.names(wanted, key(crd));
  }

  static String key(CustomResourceDefinition crd) {
    return OptionalCrd.key(crd);
  }

  private static boolean established(CustomResourceDefinition crd) {
    return crd.getStatus() != null
        && crd.getStatus().getConditions() != null
        && crd.getStatus().getConditions().stream()
            .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private static Optional<String> servedVersion(CustomResourceDefinition crd) {
    var versions = crd.getSpec().getVersions();
    return versions.stream()
        .filter(v -> Boolean.TRUE.equals(v.getStorage()) && Boolean.TRUE.equals(v.getServed()))
        .map(CustomResourceDefinitionVersion::getName)
        .findFirst()
        .or(
            () ->
                versions.stream()
                    .filter(v -> Boolean.TRUE.equals(v.getServed()))
                    .map(CustomResourceDefinitionVersion::getName)
                    .findFirst());
  }
}
