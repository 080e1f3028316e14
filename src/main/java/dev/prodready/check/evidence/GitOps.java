package dev.prodready.check.evidence;

import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import java.util.Optional;

/**
 * Which GitOps controller applied a workload, from the marks the controllers leave on the objects
 * they apply.
 *
 * <p>Argo CD: the annotation argocd.argoproj.io/tracking-id (tracking methods "annotation", the
 * default since Argo CD 3.0, and "annotation+label"), the custom tracking label
 * argocd.argoproj.io/instance, or the label app.kubernetes.io/instance, Argo CD's default tracking
 * label before 3.0. Flux: kustomize.toolkit.fluxcd.io/name or helm.toolkit.fluxcd.io/name, with the
 * matching .../namespace label naming the Kustomization's or HelmRelease's namespace.
 *
 * <p>app.kubernetes.io/instance is also set by nearly every Helm chart, so it is read as Argo CD's
 * only when nothing contradicts that (decided by GitOpsManagedCheck): Argo CD renders charts with
 * {@code helm template}, which never writes the release annotations meta.helm.sh/release-name and
 * meta.helm.sh/release-namespace, while {@code helm install}/{@code upgrade} always writes them
 * (Helm 3.2+, for release ownership). An object with those annotations and no Flux label was
 * installed by Helm itself. Without them, the label is Argo CD's when an Argo CD Application of
 * that name is visible (the label's value is the Application's name, or namespace_name for
 * Applications outside Argo CD's own namespace). When Argo CD is installed here and no Application
 * has that name, the label came from something else (kustomize, a hand-written manifest). When Argo
 * CD is not installed in this cluster it may run in a management cluster, which the operator cannot
 * see: a person must judge.
 */
public final class GitOps {

  public static final String ARGOCD_TRACKING_ID = "argocd.argoproj.io/tracking-id";
  public static final String ARGOCD_INSTANCE = "argocd.argoproj.io/instance";
  public static final String INSTANCE = "app.kubernetes.io/instance";
  public static final String HELM_RELEASE_NAME = "meta.helm.sh/release-name";

  /** The Flux object that applied a workload. */
  public record FluxSource(String kind, String name, String namespace) {

    @Override
    public String toString() {
      return kind + " " + (namespace == null ? "" : namespace + "/") + name;
    }
  }

  private GitOps() {}

  /**
   * "Argo CD ..." or "Flux Kustomization ns/name" when an unambiguous mark names the controller.
   */
  public static Optional<String> manager(Workload workload) {
    Map<String, String> annotations = workload.annotations();
    if (annotations.containsKey(ARGOCD_TRACKING_ID)) {
      return Optional.of("Argo CD " + annotations.get(ARGOCD_TRACKING_ID));
    }
    if (workload.labels().containsKey(ARGOCD_INSTANCE)) {
      return Optional.of("Argo CD application " + workload.labels().get(ARGOCD_INSTANCE));
    }
    return fluxSource(workload).map(s -> "Flux " + s);
  }

  public static Optional<FluxSource> fluxSource(Workload workload) {
    Map<String, String> labels = workload.labels();
    for (String kind : new String[] {"Kustomization", "HelmRelease"}) {
      String prefix =
          kind.equals("Kustomization") ? "kustomize.toolkit.fluxcd.io/" : "helm.toolkit.fluxcd.io/";
      if (labels.containsKey(prefix + "name")) {
        return Optional.of(
            new FluxSource(kind, labels.get(prefix + "name"), labels.get(prefix + "namespace")));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a Flux Alert that is not suspended sends the events of a Kustomization or HelmRelease:
   * an eventSource of the same kind whose name is the source's or "*", in the eventSource's
   * namespace (default: the Alert's). matchLabels on a "*" eventSource are not evaluated.
   */
  public static boolean alertCovers(GenericKubernetesResource alert, FluxSource source) {
    if (Unstructured.isTrue(alert, "spec", "suspend")) {
      return false;
    }
    String alertNamespace = Unstructured.namespace(alert);
    return Unstructured.maps(alert, "spec", "eventSources").stream()
        .anyMatch(
            es -> {
              String namespace = Unstructured.string(es, "namespace");
              String name = Unstructured.string(es, "name");
              return source.kind().equals(Unstructured.string(es, "kind"))
                  && ("*".equals(name) || source.name().equals(name))
                  && (source.namespace() == null
                      || source
                          .namespace()
                          .equals(namespace.isEmpty() ? alertNamespace : namespace));
            });
  }
}
