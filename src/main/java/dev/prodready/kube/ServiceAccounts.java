package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import java.util.Collection;
import java.util.Optional;

/**
 * The service account a pod runs as, and whether its token is mounted, as the ServiceAccount
 * admission decides.
 */
public final class ServiceAccounts {

  public static final String DEFAULT = "default";

  private ServiceAccounts() {}

  /** serviceAccountName, else the deprecated serviceAccount field, else "default". */
  public static String nameOf(PodSpec pod) {
    String name = pod.getServiceAccountName();
    if (name == null || name.isBlank()) {
      name = pod.getServiceAccount();
    }
    return name == null || name.isBlank() ? DEFAULT : name;
  }

  /**
   * Where the mount decision comes from: the pod's own field wins, else the ServiceAccount's, else
   * it is mounted.
   */
  public enum TokenMount {
    DISABLED_BY_POD,
    DISABLED_BY_SERVICE_ACCOUNT,
    ENABLED_BY_POD,
    ENABLED_BY_SERVICE_ACCOUNT,
    ENABLED_BY_DEFAULT;

    public boolean mounted() {
      return this != DISABLED_BY_POD && this != DISABLED_BY_SERVICE_ACCOUNT;
    }
  }

  public static TokenMount tokenMount(PodSpec pod, Collection<ServiceAccount> accounts) {
    if (pod.getAutomountServiceAccountToken() != null) {
      return pod.getAutomountServiceAccountToken()
          ? TokenMount.ENABLED_BY_POD
          : TokenMount.DISABLED_BY_POD;
    }
    Optional<Boolean> fromAccount =
        accounts.stream()
            .filter(a -> nameOf(pod).equals(a.getMetadata().getName()))
            .findFirst()
            .map(ServiceAccount::getAutomountServiceAccountToken);
    if (fromAccount.isEmpty()) {
      return TokenMount.ENABLED_BY_DEFAULT;
    }
    return fromAccount.get()
        ? TokenMount.ENABLED_BY_SERVICE_ACCOUNT
        : TokenMount.DISABLED_BY_SERVICE_ACCOUNT;
  }
}
