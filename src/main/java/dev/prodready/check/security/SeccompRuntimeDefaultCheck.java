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
public class SeccompRuntimeDefaultCheck extends ContainerCheck {

  static final CheckInfo INFO =
      CheckInfo.of("seccomp-runtime-default", "Security #9", Security, High)
          .title("Containers run with seccomp profile RuntimeDefault (or a Localhost profile)")
          .why(
              "Without a seccomp profile every syscall is reachable, including those most kernel exploits use.")
          .hint("Set securityContext.seccompProfile.type: RuntimeDefault on the pod.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads seccompProfile on the container, else the pod: RuntimeDefault or Localhost passes, "
        + "Unconfined or none fails. Never Manual.";
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return SecurityContexts.restrictsSyscalls(c.container(), workload.podSpec());
  }

  @Override
  protected String failureDetail() {
    return "containers without a RuntimeDefault or Localhost seccomp profile";
  }
}
