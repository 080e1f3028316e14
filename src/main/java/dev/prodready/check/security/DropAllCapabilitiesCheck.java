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
public class DropAllCapabilitiesCheck extends ContainerCheck {

  static final CheckInfo INFO =
      CheckInfo.of("drop-all-capabilities", "Security #8", Security, High)
          .title("Containers drop ALL Linux capabilities")
          .why(
              "Default capabilities (NET_RAW, CHOWN, ...) are rarely needed and widen what a compromised container can do.")
          .hint(
              "Set securityContext.capabilities.drop: [ALL] and add back only what the process needs.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads securityContext.capabilities.drop of every container and init container: ALL must be "
        + "dropped. Never Manual.";
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return SecurityContexts.dropsAllCapabilities(c.container());
  }

  @Override
  protected String failureDetail() {
    return "containers that do not drop ALL capabilities";
  }
}
