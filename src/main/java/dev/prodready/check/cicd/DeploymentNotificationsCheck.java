package dev.prodready.check.cicd;

import static dev.prodready.api.v1alpha1.Category.CICD;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.GitOps;
import dev.prodready.check.evidence.GitOps.FluxSource;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pass: a Flux notification Alert here, a Flux Alert (any namespace) sending the events of every
 * Kustomization or HelmRelease that applies workloads here, or a subscription annotation
 * (notifications.argoproj.io/subscribe...) on a workload, on an Argo Rollout here or on an Argo CD
 * Application deploying here (spec.destination.namespace). Fail: Flux applies workloads here and no
 * Alert sends their events. Otherwise Manual: Argo CD subscriptions set in the
 * argocd-notifications-cm ConfigMap and notifications sent by CI cannot be seen; attest them.
 */
@Singleton
public class DeploymentNotificationsCheck implements NamespaceCheck {

  static final String SUBSCRIBE = "notifications.argoproj.io/subscribe";

  static final CheckInfo INFO =
      CheckInfo.of("deployment-notifications", "CI/CD #7", CICD, High)
          .title("Deployments to the namespace send notifications (Slack, Teams...)")
          .why(
              "When nobody hears about a deploy, a regression is noticed late and cannot be tied to the change that caused it.")
          .hint(
              "Add a Flux Alert for the namespace's Kustomizations/HelmReleases, or a notifications.argoproj.io/subscribe.* "
                  + "annotation on the Argo CD Application; attest notifications sent by the CI pipeline.")
          .reads(OptionalCrd.FLUX_ALERT, OptionalCrd.ARGO_ROLLOUT, OptionalCrd.ARGOCD_APPLICATION)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A Flux Alert covering the Kustomizations/HelmReleases that apply workloads here, or an Argo "
        + "notifications subscription annotation on a workload, Rollout or Application; Fail when Flux "
        + "applies workloads and no Alert covers them. Manual (attestable) otherwise.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    var alertsHere = namespace.extraHere(OptionalCrd.FLUX_ALERT).orElse(List.of());
    if (!alertsHere.isEmpty()) {
      return Verdict.pass("Flux " + ObjectRefs.of(alertsHere.get(0), namespace.name()));
    }
    Optional<String> subscribed = argoSubscription(namespace);
    if (subscribed.isPresent()) {
      return Verdict.pass("Argo notifications subscription on " + subscribed.get());
    }
    var fluxApplied = new LinkedHashMap<FluxSource, Set<String>>();
    for (Workload w : namespace.workloads()) {
      GitOps.fluxSource(w)
          .ifPresent(s -> fluxApplied.computeIfAbsent(s, k -> new TreeSet<>()).add(w.ref()));
    }
    if (fluxApplied.isEmpty() || !namespace.serves(OptionalCrd.FLUX_ALERT)) {
      return Verdict.manual(
          "no Flux Alert or Argo notifications subscription found; attest how deploys are announced");
    }
    var alerts = namespace.extra(OptionalCrd.FLUX_ALERT).orElse(List.of());
    List<String> silent =
        fluxApplied.entrySet().stream()
            .filter(e -> alerts.stream().noneMatch(a -> GitOps.alertCovers(a, e.getKey())))
            .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
            .toList();
    List<String> applied = fluxApplied.keySet().stream().map(FluxSource::toString).toList();
    return silent.isEmpty()
        ? Verdict.pass("Flux Alerts send the events of " + String.join(", ", applied))
        : Verdict.fail("no Flux Alert sends the events of " + String.join("; ", silent));
  }

  private static Optional<String> argoSubscription(NamespaceSnapshot namespace) {
    Optional<String> found =
        namespace.workloads().stream()
            .filter(w -> subscribes(w.annotations()))
            .map(Workload::ref)
            .findFirst();
    if (found.isEmpty()) {
      found =
          namespace.extraHere(OptionalCrd.ARGO_ROLLOUT).orElse(List.of()).stream()
              .filter(r -> subscribes(annotations(r)))
              .map(r -> ObjectRefs.of(r, namespace.name()))
              .findFirst();
    }
    if (found.isEmpty()) {
      found =
          namespace.extra(OptionalCrd.ARGOCD_APPLICATION).orElse(List.of()).stream()
              .filter(
                  a ->
                      namespace
                          .name()
                          .equals(Unstructured.string(a, "spec", "destination", "namespace")))
              .filter(a -> subscribes(annotations(a)))
              .map(a -> ObjectRefs.of(a, namespace.name()))
              .findFirst();
    }
    return found;
  }

  private static boolean subscribes(Map<String, String> annotations) {
    return annotations.keySet().stream().anyMatch(k -> k.startsWith(SUBSCRIBE));
  }

  private static Map<String, String> annotations(GenericKubernetesResource r) {
    return r.getMetadata() == null || r.getMetadata().getAnnotations() == null
        ? Map.of()
        : r.getMetadata().getAnnotations();
  }
}
