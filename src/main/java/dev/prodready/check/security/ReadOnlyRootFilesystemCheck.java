package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.ContainerCheck;
import dev.prodready.kube.SecurityContexts;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

@Singleton
public class ReadOnlyRootFilesystemCheck extends ContainerCheck {

  static final CheckInfo INFO =
      CheckInfo.of("read-only-root-filesystem", "Security #6", Security, High)
          .title("Containers have readOnlyRootFilesystem: true")
          .why(
              "A writable root filesystem lets an attacker drop tools and persist changes inside the container.")
          .hint(
              "Set securityContext.readOnlyRootFilesystem: true and mount emptyDir volumes where the app must write.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads securityContext.readOnlyRootFilesystem of every container and init container. Never "
        + "Manual.";
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return SecurityContexts.readOnlyRootFilesystem(c.container());
  }

  @Override
  protected String failureDetail() {
    return "containers with a writable root filesystem";
  }
}
