package dev.prodready.check.evidence;

import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.List;
import java.util.Optional;

/**
 * Argo Rollouts that run a Deployment's pods through {@code spec.workloadRef}: the Rollout takes
 * the Deployment's pod template and runs the pods itself, while the Deployment is kept at 0
 * replicas (scaleDown: never, onsuccess or progressively) by design. Replica counts, autoscaling
 * and the rollout strategy of such a Deployment are the Rollout's. Read as an optional CRD: without
 * Argo Rollouts served there is no Rollout.
 */
public final class ArgoRollouts {

  private ArgoRollouts() {}

  /** The Rollout in the workload's namespace whose workloadRef names it (kind and name), if any. */
  public static Optional<GenericKubernetesResource> referencing(
      Workload workload, NamespaceSnapshot namespace) {
    return namespace.extraHere(OptionalCrd.ARGO_ROLLOUT).orElse(List.of()).stream()
        .filter(
            r ->
                workload.kind().name().equals(Unstructured.string(r, "spec", "workloadRef", "kind"))
                    && workload
                        .name()
                        .equals(Unstructured.string(r, "spec", "workloadRef", "name")))
        .findFirst();
  }

  /** spec.replicas of the Rollout (1 when unset, the Rollout API's default). */
  public static int replicas(GenericKubernetesResource rollout) {
    return Unstructured.value(rollout, "spec", "replicas") instanceof Number n ? n.intValue() : 1;
  }

  public static String name(GenericKubernetesResource rollout) {
    return Unstructured.name(rollout);
  }

  /** "blueGreen" or "canary" (the strategy field that is set; canary when neither is). */
  public static String strategy(GenericKubernetesResource rollout) {
    return Unstructured.value(rollout, "spec", "strategy", "blueGreen") != null
        ? "blueGreen"
        : "canary";
  }

  /**
   * Whether the canary routes traffic by weight (spec.strategy.canary.trafficRouting): stable pods
   * keep serving.
   */
  public static boolean trafficRouted(GenericKubernetesResource rollout) {
    return Unstructured.value(rollout, "spec", "strategy", "canary", "trafficRouting") != null;
  }

  /**
   * A canary's maxUnavailable or maxSurge as written, or empty when unset (Argo Rollouts then uses
   * 25%).
   */
  public static Optional<IntOrString> canaryLimit(GenericKubernetesResource rollout, String field) {
    Object value = Unstructured.value(rollout, "spec", "strategy", "canary", field);
    if (value instanceof Number n) {
      return Optional.of(new IntOrString(n.intValue()));
    }
    return value instanceof String s ? Optional.of(new IntOrString(s)) : Optional.empty();
  }
}
