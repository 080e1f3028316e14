package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import jakarta.inject.Singleton;
import java.util.List;

/** A container missing any of the four values has unbounded usage in at least one dimension. */
@Singleton
public class RequestsAndLimitsCheck extends ResourceValuesCheck {

  static final CheckInfo INFO =
      new CheckInfo(
          "requests-and-limits",
          "Resources #10",
          Resources,
          High,
          "Every container, init containers included, has CPU and memory requests and limits",
          "A container missing any of the four values has unbounded usage in at least one dimension.",
          "Set requests and limits for cpu and memory on every container and init container.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  protected List<String> requests() {
    return List.of("cpu", "memory");
  }

  @Override
  protected List<String> limits() {
    return List.of("cpu", "memory");
  }

  @Override
  protected String failureDetail() {
    return "containers without all of requests and limits for cpu and memory";
  }
}
