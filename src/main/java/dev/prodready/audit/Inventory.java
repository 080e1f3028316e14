package dev.prodready.audit;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.reconciler.NamespaceInformers;
import dev.prodready.snapshot.ClusterView;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The input as a cluster would hold it. Workloads and Services get the API server's defaults
 * (ApiServerDefaults). Namespaced objects without a namespace go to the default namespace (as
 * `kubectl apply` without -n puts them); Namespace objects give their labels (plus the
 * kubernetes.io/metadata.name label the API server adds); ClusterRoles, ClusterRoleBindings and
 * kube-system CronJobs are seen by every namespace; objects of an optional CRD count only when that
 * CRD is served (in the input or assumed). Everything else is counted as ignored, by kind.
 */
public final class Inventory {

  /** The label the API server puts on every Namespace. */
  static final String NAME_LABEL = "kubernetes.io/metadata.name";

  /**
   * One namespace to score: its objects, its profile if the input holds one, and where each object
   * was read.
   */
  public record NamespaceInput(
      String name,
      Namespace namespace,
      List<HasMetadata> objects,
      SourcedObject profile,
      Map<String, Source> locations) {

    /**
     * Where an offender ("deployment/api", "namespace/shop") was read; the namespace's first object
     * otherwise.
     */
    public Source locate(String ref) {
      Source source = locations.get(ref);
      return source != null ? source : locations.get(ObjectRefs.namespace(name));
    }
  }

  private final Map<String, NamespaceInput> namespaces;
  private final Map<String, List<GenericKubernetesResource>> extras;
  private final Map<String, Integer> ignored;

  private Inventory(
      Map<String, NamespaceInput> namespaces,
      Map<String, List<GenericKubernetesResource>> extras,
      Map<String, Integer> ignored) {
    this.namespaces = namespaces;
    this.extras = extras;
    this.ignored = ignored;
  }

  public List<NamespaceInput> namespaces() {
    return List.copyOf(namespaces.values());
  }

  /**
   * Objects of every served optional CRD, keyed "group/Kind" (a key exists exactly for each served
   * CRD).
   */
  public Map<String, List<GenericKubernetesResource>> extras() {
    return extras;
  }

  /** Objects no check reads, counted by "apiVersion Kind" plus why. */
  public Map<String, Integer> ignored() {
    return ignored;
  }

  public static Inventory of(
      Manifests manifests,
      String defaultNamespace,
      Set<String> optionalKinds,
      Set<String> assumedCrds) {
    var served = new HashSet<>(assumedCrds);
    var clusterScopedKinds = new HashSet<String>();
    for (SourcedObject o : manifests.objects()) {
      if (o.object() instanceof CustomResourceDefinition crd
          && crd.getSpec() != null
          && crd.getSpec().getNames() != null) {
        if (optionalKinds.contains(OptionalCrd.key(crd))) {
          served.add(OptionalCrd.key(crd));
        }
        if ("Cluster".equals(crd.getSpec().getScope())) {
          clusterScopedKinds.add(OptionalCrd.key(crd));
        }
      }
    }
    var byNamespace = new TreeMap<String, List<SourcedObject>>();
    var namespaceObjects = new HashMap<String, SourcedObject>();
    var profiles = new HashMap<String, SourcedObject>();
    var clusterWide = new ArrayList<HasMetadata>();
    var kubeSystemCronJobs = new ArrayList<HasMetadata>();
    var extras = new TreeMap<String, List<GenericKubernetesResource>>();
    served.forEach(key -> extras.put(key, new ArrayList<>()));
    var ignored = new TreeMap<String, Integer>();
    for (SourcedObject sourced : manifests.objects()) {
      HasMetadata o = sourced.object();
      String ns = o.getMetadata().getNamespace();
      if (o instanceof Namespace namespace) {
        namespaceObjects.putIfAbsent(namespace.getMetadata().getName(), sourced);
        byNamespace.computeIfAbsent(namespace.getMetadata().getName(), k -> new ArrayList<>());
      } else if (o instanceof ClusterRole || o instanceof ClusterRoleBinding) {
        clusterWide.add(o);
      } else if (o instanceof CustomResourceDefinition) {
        continue;
      } else if (o instanceof ReadinessProfile) {
        profiles.putIfAbsent(namespaced(o, defaultNamespace), sourced);
        byNamespace.computeIfAbsent(namespaced(o, defaultNamespace), k -> new ArrayList<>());
      } else if (NamespaceInformers.WATCHED.contains(o.getClass())) {
        ApiServerDefaults.apply(o);
        String target = namespaced(o, defaultNamespace);
        byNamespace.computeIfAbsent(target, k -> new ArrayList<>()).add(sourced);
        if (o instanceof CronJob && ClusterView.KUBE_SYSTEM.equals(target)) {
          kubeSystemCronJobs.add(o);
        }
      } else if (o instanceof GenericKubernetesResource generic
          && optionalKinds.contains(OptionalCrd.key(generic))) {
        String key = OptionalCrd.key(generic);
        if (served.contains(key)) {
          if (ns == null && !clusterScopedKinds.contains(key)) {
            generic.getMetadata().setNamespace(defaultNamespace);
          }
          extras.get(key).add(generic);
        } else {
          ignored.merge(
              o.getApiVersion()
                  + " "
                  + o.getKind()
                  + " (its CRD is not in the input: see --assume-crds)",
              1,
              Integer::sum);
        }
      } else {
        ignored.merge(
            o.getApiVersion() + " " + o.getKind() + " (no check reads it)", 1, Integer::sum);
      }
    }
    var namespaces = new LinkedHashMap<String, NamespaceInput>();
    byNamespace.forEach(
        (name, sourcedObjects) -> {
          var objects = new ArrayList<HasMetadata>();
          var locations = new HashMap<String, Source>();
          SourcedObject nsObject = namespaceObjects.get(name);
          if (nsObject != null) {
            locations.put(ObjectRefs.namespace(name), nsObject.source());
          } else if (!sourcedObjects.isEmpty()) {
            locations.put(ObjectRefs.namespace(name), sourcedObjects.get(0).source());
          } else if (profiles.containsKey(name)) {
            locations.put(ObjectRefs.namespace(name), profiles.get(name).source());
          }
          for (SourcedObject s : sourcedObjects) {
            objects.add(s.object());
            locations.putIfAbsent(
                ObjectRefs.of(
                    s.object().getKind().toLowerCase(), s.object().getMetadata().getName()),
                s.source());
          }
          objects.addAll(clusterWide);
          if (!ClusterView.KUBE_SYSTEM.equals(name)) {
            objects.addAll(kubeSystemCronJobs);
          }
          namespaces.put(
              name,
              new NamespaceInput(
                  name,
                  labelled(nsObject, name),
                  List.copyOf(objects),
                  profiles.get(name),
                  Map.copyOf(locations)));
        });
    return new Inventory(namespaces, extras, ignored);
  }

  private static String namespaced(HasMetadata o, String defaultNamespace) {
    if (o.getMetadata().getNamespace() == null) {
      o.getMetadata().setNamespace(defaultNamespace);
    }
    return o.getMetadata().getNamespace();
  }

  /**
   * The Namespace as the API server stores it: the given one or a bare one, with
   * kubernetes.io/metadata.name set.
   */
  private static Namespace labelled(SourcedObject given, String name) {
    Namespace namespace =
        given != null
            ? (Namespace) given.object()
            : new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build();
    var labels = new LinkedHashMap<String, String>();
    if (namespace.getMetadata().getLabels() != null) {
      labels.putAll(namespace.getMetadata().getLabels());
    }
    labels.put(NAME_LABEL, name);
    namespace.getMetadata().setLabels(labels);
    return namespace;
  }
}
