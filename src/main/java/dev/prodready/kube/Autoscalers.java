package dev.prodready.kube;

import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.Optional;

/** Finds the HorizontalPodAutoscaler that scales a workload. */
public final class Autoscalers {

  private Autoscalers() {
  }

  public static Optional<HorizontalPodAutoscaler> targeting(Workload workload, NamespaceSnapshot namespace) {
    return namespace.horizontalPodAutoscalers().stream()
        .filter(h -> h.getSpec() != null && h.getSpec().getScaleTargetRef() != null)
        .filter(h -> workload.kind().name().equals(h.getSpec().getScaleTargetRef().getKind())
            && workload.name().equals(h.getSpec().getScaleTargetRef().getName()))
        .findFirst();
  }
}
