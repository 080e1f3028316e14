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
public class NoPrivilegeEscalationCheck extends ContainerCheck {

  static final CheckInfo INFO =
      CheckInfo.of("no-privilege-escalation", "Security #7", Security, Critical)
          .title("Containers set allowPrivilegeEscalation: false and are not privileged")
          .why(
              "Without it a setuid binary in the image can gain more privileges than the container started with.")
          .hint(
              "Set securityContext.allowPrivilegeEscalation: false on every container, init containers included.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads every container's securityContext: allowPrivilegeEscalation must be false explicitly, and "
        + "the container neither privileged nor given SYS_ADMIN. Never Manual.";
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return SecurityContexts.privilegeEscalationDisabled(c.container());
  }

  @Override
  protected String failureDetail() {
    return "containers that allow privilege escalation";
  }
}
