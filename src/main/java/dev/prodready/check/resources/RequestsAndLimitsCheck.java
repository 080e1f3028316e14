package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class RequestsAndLimitsCheck extends ResourceValuesCheck {

  static final CheckInfo INFO =
      CheckInfo.of("requests-and-limits", "Resources #10", Resources, High)
          .title(
              "Every container, init containers included, has CPU and memory requests and limits")
          .why(
              "A container missing any of the four values has unbounded usage in at least one dimension.")
          .hint(
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
