package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a pod reads Kubernetes Secrets. imagePullSecrets are left out: the kubelet reads them, not
 * the application.
 */
public final class SecretReferences {

  public static final String SECRETS_STORE_CSI_DRIVER = "secrets-store.csi.k8s.io";

  private SecretReferences() {}

  /** env[].valueFrom.secretKeyRef or envFrom[].secretRef. */
  public static boolean inEnv(Container c) {
    boolean fromEnv =
        c.getEnv() != null
            && c.getEnv().stream()
                .anyMatch(
                    e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null);
    boolean fromEnvFrom =
        c.getEnvFrom() != null && c.getEnvFrom().stream().anyMatch(e -> e.getSecretRef() != null);
    return fromEnv || fromEnvFrom;
  }

  /**
   * The names of the Secrets the pod's containers (init containers included) and volumes read:
   * secret volumes, projected secret sources, env valueFrom.secretKeyRef and envFrom.secretRef.
   */
  public static Set<String> names(PodSpec pod) {
    var names = new TreeSet<String>();
    for (Volume v : volumes(pod)) {
      if (v.getSecret() != null) {
        add(names, v.getSecret().getSecretName());
      }
      if (v.getProjected() != null && v.getProjected().getSources() != null) {
        v.getProjected().getSources().stream()
            .filter(s -> s.getSecret() != null)
            .forEach(s -> add(names, s.getSecret().getName()));
      }
    }
    for (Container c : containers(pod)) {
      if (c.getEnv() != null) {
        c.getEnv().stream()
            .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
            .forEach(e -> add(names, e.getValueFrom().getSecretKeyRef().getName()));
      }
      if (c.getEnvFrom() != null) {
        c.getEnvFrom().stream()
            .filter(e -> e.getSecretRef() != null)
            .forEach(e -> add(names, e.getSecretRef().getName()));
      }
    }
    return names;
  }

  private static void add(Set<String> names, String name) {
    if (name != null && !name.isBlank()) {
      names.add(name);
    }
  }

  private static List<Container> containers(PodSpec pod) {
    var all = new ArrayList<Container>();
    if (pod.getInitContainers() != null) {
      all.addAll(pod.getInitContainers());
    }
    if (pod.getContainers() != null) {
      all.addAll(pod.getContainers());
    }
    return all;
  }

  /**
   * A CSI volume of the Secrets Store CSI driver (Vault, AWS, Azure, GCP providers): secrets never
   * become Secrets.
   */
  public static boolean fromSecretsStoreCsi(PodSpec pod) {
    return volumes(pod).stream()
        .anyMatch(
            v -> v.getCsi() != null && SECRETS_STORE_CSI_DRIVER.equals(v.getCsi().getDriver()));
  }

  private static List<Volume> volumes(PodSpec pod) {
    return pod.getVolumes() == null ? List.of() : pod.getVolumes();
  }
}
