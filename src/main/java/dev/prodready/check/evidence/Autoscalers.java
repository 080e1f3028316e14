package dev.prodready.check.evidence;

import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.Optional;

/**
 * Finds the HorizontalPodAutoscaler that scales a workload, and the replica count the workload can
 * be relied on to run. A Deployment run by an Argo Rollout through workloadRef ({@link
 * ArgoRollouts}) is kept at 0 replicas by design: its pods are the Rollout's, so its replicas are
 * the Rollout's spec.replicas and its HPA is the one targeting the Rollout. Every replica-dependent
 * check reads replicas here, so they agree on such a Deployment.
 */
public final class Autoscalers {

  /**
   * The replica count of a scaled workload, and what it comes from ("spec.replicas", or the HPA's
   * minReplicas).
   */
  public record Replicas(int count, String source) {

    public boolean replicated() {
      return count >= 2;
    }

    /**
     * "runs 1 replica", "HorizontalPodAutoscaler web keeps at least 3 replicas", "Rollout web runs
     * 3 replicas".
     */
    public String describe() {
      String pods = count + (count == 1 ? " replica" : " replicas");
      if (source.equals(SPEC)) {
        return "runs " + pods;
      }
      return source.startsWith(ROLLOUT_SOURCE)
          ? source + " runs " + pods + " (workloadRef)"
          : source + " keeps at least " + pods;
    }
  }

  static final String SPEC = "spec.replicas";
  static final String ROLLOUT_SOURCE = "Rollout ";

  private Autoscalers() {}

  /**
   * The HPA targeting the workload, or (for a Deployment run by a Rollout) the HPA targeting that
   * Rollout.
   */
  public static Optional<HorizontalPodAutoscaler> targeting(
      Workload workload, NamespaceSnapshot namespace) {
    return targeting(workload.kind().name(), workload.name(), namespace)
        .or(
            () ->
                ArgoRollouts.referencing(workload, namespace)
                    .flatMap(r -> targeting("Rollout", ArgoRollouts.name(r), namespace)));
  }

  private static Optional<HorizontalPodAutoscaler> targeting(
      String kind, String name, NamespaceSnapshot namespace) {
    return namespace.horizontalPodAutoscalers().stream()
        .filter(h -> h.getSpec() != null && h.getSpec().getScaleTargetRef() != null)
        .filter(
            h ->
                kind.equals(h.getSpec().getScaleTargetRef().getKind())
                    && name.equals(h.getSpec().getScaleTargetRef().getName()))
        .findFirst();
  }

  /** spec.replicas of the workload, or of the Rollout that runs its pods through workloadRef. */
  public static Replicas specReplicas(Workload workload, NamespaceSnapshot namespace) {
    return ArgoRollouts.referencing(workload, namespace)
        .map(r -> new Replicas(ArgoRollouts.replicas(r), ROLLOUT_SOURCE + ArgoRollouts.name(r)))
        .orElseGet(() -> new Replicas(workload.replicaCount(), SPEC));
  }

  /**
   * The replica count replica-dependent verdicts and guardrails use: where an HPA targets the
   * workload, its minReplicas (1 when unset, the API default), because the live spec.replicas
   * follows load and a verdict must not flip with it; otherwise spec.replicas ({@link
   * #specReplicas}: the Rollout's for a Deployment it runs). Only meaningful for kinds with
   * replicas (Deployment, StatefulSet).
   */
  public static Replicas effectiveReplicas(Workload workload, NamespaceSnapshot namespace) {
    return targeting(workload, namespace)
        .map(
            h ->
                new Replicas(
                    h.getSpec().getMinReplicas() == null ? 1 : h.getSpec().getMinReplicas(),
                    "HorizontalPodAutoscaler " + h.getMetadata().getName()))
        .orElseGet(() -> specReplicas(workload, namespace));
  }

  /**
   * A Deployment or StatefulSet that runs at least two pods for the same job, counted as {@link
   * #effectiveReplicas}.
   */
  public static boolean replicated(Workload workload, NamespaceSnapshot namespace) {
    return workload.kind().hasReplicas() && effectiveReplicas(workload, namespace).replicated();
  }
}
