package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class MemoryLimitsCheck extends ResourceValuesCheck {

  static final CheckInfo INFO =
      CheckInfo.of("memory-limits", "Resources #4", Resources, Critical)
          .title("Memory limits set for all containers")
          .why(
              "Without a memory limit a leaking container drives the node into OOM and other pods are killed.")
          .hint("Set resources.limits.memory on every container, init containers included.");

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
    return List.of("memory");
  }

  @Override
  protected String failureDetail() {
    return "containers without a memory limit";
  }
}
