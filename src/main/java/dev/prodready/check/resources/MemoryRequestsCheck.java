package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class MemoryRequestsCheck extends ResourceValuesCheck {

  static final CheckInfo INFO =
      CheckInfo.of("memory-requests", "Resources #2", Resources, Critical)
          .title("Memory requests set for all containers")
          .why(
              "Without a memory request the pod is scheduled on nodes that cannot hold it and is evicted first under pressure.")
          .hint("Set resources.requests.memory on every container, init containers included.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  protected List<String> requests() {
    return List.of("memory");
  }

  @Override
  protected List<String> limits() {
    return List.of();
  }

  @Override
  protected String failureDetail() {
    return "containers without a memory request";
  }
}
