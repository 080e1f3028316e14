package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class RequestsAndLimitsCheck extends ResourceValuesCheck {

  public RequestsAndLimitsCheck() {
    super(
        CheckInfo.of("requests-and-limits", "Resources #10", Resources, High)
            .title(
                "Every container, init containers included, has CPU and memory requests and limits")
            .why(
                "A container missing any of the four values has unbounded usage in at least one dimension.")
            .hint(
                "Set requests and limits for cpu and memory on every container and init container."),
        List.of("cpu", "memory"),
        List.of("cpu", "memory"),
        "containers without all of requests and limits for cpu and memory");
  }
}
