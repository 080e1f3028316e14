package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class CpuRequestsCheck extends ResourceValuesCheck {

  static final CheckInfo INFO =
      CheckInfo.of("cpu-requests", "Resources #1", Resources, Critical)
          .title("CPU requests set for all containers")
          .why(
              "Without a CPU request the scheduler cannot place pods fairly and the pod is first to be starved.")
          .hint("Set resources.requests.cpu on every container, init containers included.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  protected List<String> requests() {
    return List.of("cpu");
  }

  @Override
  protected List<String> limits() {
    return List.of();
  }

  @Override
  protected String failureDetail() {
    return "containers without a CPU request";
  }
}
