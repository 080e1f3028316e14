package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class MemoryLimitsCheck extends ResourceValuesCheck {

  public MemoryLimitsCheck() {
    super(
        CheckInfo.of("memory-limits", "Resources #4", Resources, Critical)
            .title("Memory limits set for all containers")
            .why(
                "Without a memory limit a leaking container drives the node into OOM and other pods are killed.")
            .hint("Set resources.limits.memory on every container, init containers included."),
        List.of(),
        List.of("memory"),
        "containers without a memory limit");
  }
}
