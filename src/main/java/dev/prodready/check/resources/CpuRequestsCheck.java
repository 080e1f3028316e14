package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class CpuRequestsCheck extends ResourceValuesCheck {

  public CpuRequestsCheck() {
    super(
        CheckInfo.of("cpu-requests", "Resources #1", Resources, Critical)
            .title("CPU requests set for all containers")
            .why(
                "Without a CPU request the scheduler cannot place pods fairly and the pod is first to be starved.")
            .hint("Set resources.requests.cpu on every container, init containers included."),
        List.of("cpu"),
        List.of(),
        "containers without a CPU request");
  }
}
