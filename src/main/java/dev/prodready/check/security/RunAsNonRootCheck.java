package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.ContainerCheck;
import dev.prodready.kube.SecurityContexts;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

@Singleton
public class RunAsNonRootCheck extends ContainerCheck {

  static final CheckInfo INFO =
      CheckInfo.of("run-as-non-root", "Security #5", Security, Critical)
          .title("Containers run as non-root (runAsNonRoot: true or a non-zero runAsUser)")
          .why(
              "A process running as root in a container is one kernel bug away from root on the node.")
          .hint(
              "Set securityContext.runAsNonRoot: true (pod or container) and build the image with a non-root USER.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads runAsNonRoot and runAsUser on the container, else the pod securityContext: runAsNonRoot "
        + "true or a non-zero runAsUser passes. The image's USER is not read; never Manual.";
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return SecurityContexts.runsAsNonRoot(c.container(), workload.podSpec());
  }

  @Override
  protected String failureDetail() {
    return "containers that may run as root";
  }
}
