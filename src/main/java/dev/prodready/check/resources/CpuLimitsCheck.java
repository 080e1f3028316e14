package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class CpuLimitsCheck extends ResourceValuesCheck {

  static final CheckInfo INFO =
      CheckInfo.of("cpu-limits", "Resources #3", Resources, High)
          .title("CPU limits set for all containers")
          .why("Without a CPU limit one busy container can starve its neighbours on the node.")
          .hint("Set resources.limits.cpu on every container, init containers included.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  protected List<String> requests() {
    return List.of();
  }

  @Override
  protected List<String> limits() {
    return List.of("cpu");
  }

  @Override
  protected String failureDetail() {
    return "containers without a CPU limit";
  }
}
