package dev.prodready.kube;

import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.Optional;

/** Finds the HorizontalPodAutoscaler that scales a workload, and the replica count the workload can be relied on to run. */
public final class Autoscalers {

  /** The replica count of a scaled workload, and what it comes from ("spec.replicas", or the HPA's minReplicas). */
  public record Replicas(int count, String source) {

    public boolean replicated() {
      return count >= 2;
    }

    /** "runs 1 replica", "HorizontalPodAutoscaler web keeps at least 3 replicas". */
    public String describe() {
      return source.equals(SPEC) ? "runs " + count + (count == 1 ? " replica" : " replicas")
          : source + " keeps at least " + count + (count == 1 ? " replica" : " replicas");
    }
  }

  static final String SPEC = "spec.replicas";

  /** The not-applicable reason of replica-dependent checks; one text for every workload keeps the message short. */
  public static final String SINGLE_REPLICA = "single replica (spec.replicas, or an HPA's minReplicas)";

  private Autoscalers() {
  }

  public static Optional<HorizontalPodAutoscaler> targeting(Workload workload, NamespaceSnapshot namespace) {
    return namespace.horizontalPodAutoscalers().stream()
        .filter(h -> h.getSpec() != null && h.getSpec().getScaleTargetRef() != null)
        .filter(h -> workload.kind().name().equals(h.getSpec().getScaleTargetRef().getKind())
            && workload.name().equals(h.getSpec().getScaleTargetRef().getName()))
        .findFirst();
  }

  /**
   * The replica count replica-dependent verdicts and guardrails use: where an HPA targets the workload, its minReplicas
   * (1 when unset, the API default), because the live spec.replicas follows load and a verdict must not flip with it;
   * otherwise spec.replicas. Only meaningful for kinds with replicas (Deployment, StatefulSet).
   */
  public static Replicas effectiveReplicas(Workload workload, NamespaceSnapshot namespace) {
    return targeting(workload, namespace)
        .map(h -> new Replicas(h.getSpec().getMinReplicas() == null ? 1 : h.getSpec().getMinReplicas(),
            "HorizontalPodAutoscaler " + h.getMetadata().getName()))
        .orElseGet(() -> new Replicas(workload.replicaCount(), SPEC));
  }

  /** A Deployment or StatefulSet that runs at least two pods for the same job, counted as {@link #effectiveReplicas}. */
  public static boolean replicated(Workload workload, NamespaceSnapshot namespace) {
    return workload.kind().hasReplicas() && effectiveReplicas(workload, namespace).replicated();
  }
}
