package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;

/** Where a pod reads Kubernetes Secrets. imagePullSecrets are left out: the kubelet reads them, not the application. */
public final class SecretReferences {

  public static final String SECRETS_STORE_CSI_DRIVER = "secrets-store.csi.k8s.io";

  private SecretReferences() {
  }

  /** env[].valueFrom.secretKeyRef or envFrom[].secretRef. */
  public static boolean inEnv(Container c) {
    boolean fromEnv = c.getEnv() != null
        && c.getEnv().stream().anyMatch(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null);
    boolean fromEnvFrom = c.getEnvFrom() != null && c.getEnvFrom().stream().anyMatch(e -> e.getSecretRef() != null);
    return fromEnv || fromEnvFrom;
  }

  /** A secret volume, or a projected volume with a secret source. */
  public static boolean inVolumes(PodSpec pod) {
    return volumes(pod).stream().anyMatch(v -> v.getSecret() != null || (v.getProjected() != null
        && v.getProjected().getSources() != null
        && v.getProjected().getSources().stream().anyMatch(s -> s.getSecret() != null)));
  }

  /** Any container (init containers included) or volume of the pod reads a Secret. */
  public static boolean anywhere(PodSpec pod) {
    var all = new ArrayList<Container>();
    if (pod.getInitContainers() != null) {
      all.addAll(pod.getInitContainers());
    }
    if (pod.getContainers() != null) {
      all.addAll(pod.getContainers());
    }
    return all.stream().anyMatch(SecretReferences::inEnv) || inVolumes(pod);
  }

  /** A CSI volume of the Secrets Store CSI driver (Vault, AWS, Azure, GCP providers): secrets never become Secrets. */
  public static boolean fromSecretsStoreCsi(PodSpec pod) {
    return volumes(pod).stream()
        .anyMatch(v -> v.getCsi() != null && SECRETS_STORE_CSI_DRIVER.equals(v.getCsi().getDriver()));
  }

  private static List<Volume> volumes(PodSpec pod) {
    return pod.getVolumes() == null ? List.of() : pod.getVolumes();
  }
}
