package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class CpuLimitsCheck extends ResourceValuesCheck {

  public CpuLimitsCheck() {
    super(
        CheckInfo.of("cpu-limits", "Resources #3", Resources, High)
            .title("CPU limits set for all containers")
            .why("Without a CPU limit one busy container can starve its neighbours on the node.")
            .hint("Set resources.limits.cpu on every container, init containers included."),
        List.of(),
        List.of("cpu"),
        "containers without a CPU limit");
  }
}
