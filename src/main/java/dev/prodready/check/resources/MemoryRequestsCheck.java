package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class MemoryRequestsCheck extends ResourceValuesCheck {

  public MemoryRequestsCheck() {
    super(
        CheckInfo.of("memory-requests", "Resources #2", Resources, Critical)
            .title("Memory requests set for all containers")
            .why(
                "Without a memory request the pod is scheduled on nodes that cannot hold it and is evicted first under pressure.")
            .hint("Set resources.requests.memory on every container, init containers included."),
        List.of("memory"),
        List.of(),
        "containers without a memory request");
  }
}
