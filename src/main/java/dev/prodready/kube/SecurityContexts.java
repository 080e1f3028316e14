package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.Optional;

/**
 * Effective security settings of a container: its own securityContext first, then the pod's where
 * Kubernetes inherits.
 */
public final class SecurityContexts {

  private SecurityContexts() {}

  public static boolean runsAsNonRoot(Container c, PodSpec pod) {
    Optional<SecurityContext> sc = Optional.ofNullable(c.getSecurityContext());
    Optional<PodSecurityContext> psc = Optional.ofNullable(pod.getSecurityContext());
    Boolean nonRoot =
        sc.map(SecurityContext::getRunAsNonRoot)
            .orElse(psc.map(PodSecurityContext::getRunAsNonRoot).orElse(null));
    Long user =
        sc.map(SecurityContext::getRunAsUser)
            .orElse(psc.map(PodSecurityContext::getRunAsUser).orElse(null));
    if (user != null) {
      return user > 0;
    }
    return Boolean.TRUE.equals(nonRoot);
  }

  public static boolean readOnlyRootFilesystem(Container c) {
    return c.getSecurityContext() != null
        && Boolean.TRUE.equals(c.getSecurityContext().getReadOnlyRootFilesystem());
  }

  /**
   * Escalation is off only when set to false explicitly and the container is neither privileged nor
   * given CAP_SYS_ADMIN.
   */
  public static boolean privilegeEscalationDisabled(Container c) {
    SecurityContext sc = c.getSecurityContext();
    return sc != null
        && Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())
        && !Boolean.TRUE.equals(sc.getPrivileged())
        && !addsSysAdmin(sc);
  }

  /**
   * The API server rejects only the spelling CAP_SYS_ADMIN next to allowPrivilegeEscalation: false;
   * SYS_ADMIN slips by.
   */
  private static boolean addsSysAdmin(SecurityContext sc) {
    return sc.getCapabilities() != null
        && sc.getCapabilities().getAdd() != null
        && sc.getCapabilities().getAdd().stream()
            .anyMatch(c -> c.equalsIgnoreCase("SYS_ADMIN") || c.equalsIgnoreCase("CAP_SYS_ADMIN"));
  }

  public static boolean dropsAllCapabilities(Container c) {
    SecurityContext sc = c.getSecurityContext();
    return sc != null
        && sc.getCapabilities() != null
        && sc.getCapabilities().getDrop() != null
        && sc.getCapabilities().getDrop().stream().anyMatch(d -> d.equalsIgnoreCase("ALL"));
  }

  /** RuntimeDefault or Localhost profiles restrict syscalls; Unconfined or nothing does not. */
  public static boolean restrictsSyscalls(Container c, PodSpec pod) {
    SeccompProfile profile =
        Optional.ofNullable(c.getSecurityContext())
            .map(SecurityContext::getSeccompProfile)
            .orElse(
                Optional.ofNullable(pod.getSecurityContext())
                    .map(PodSecurityContext::getSeccompProfile)
                    .orElse(null));
    return profile != null
        && ("RuntimeDefault".equals(profile.getType()) || "Localhost".equals(profile.getType()));
  }
}
