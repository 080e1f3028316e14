package dev.prodready.check.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The GKE BackendConfig (cloud.google.com) a GKE Ingress backend uses. The Service names it in the
 * annotation {@code cloud.google.com/backend-config} (or the older {@code
 * beta.cloud.google.com/backend-config}), a JSON object {@code {"default": "name"}} and/or {@code
 * {"ports": {"80": "name", "http": "name"}}}; a port entry (by number or name) wins over the
 * default. The BackendConfig must be in the Service's namespace.
 */
public final class GkeBackendConfigs {

  static final List<String> ANNOTATIONS =
      List.of("cloud.google.com/backend-config", "beta.cloud.google.com/backend-config");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GkeBackendConfigs() {}

  /** The name of the BackendConfig the Service's annotation gives the backend's port, or empty. */
  public static Optional<String> nameFor(Service service, IngressServiceBackend backend) {
    Map<String, String> annotations =
        service.getMetadata().getAnnotations() == null
            ? Map.of()
            : service.getMetadata().getAnnotations();
    String json =
        ANNOTATIONS.stream()
            .map(annotations::get)
            .filter(v -> v != null && !v.isBlank())
            .findFirst()
            .orElse(null);
    if (json == null) {
      return Optional.empty();
    }
    Map<?, ?> parsed;
    try {
      parsed = MAPPER.readValue(json, Map.class);
    } catch (JsonProcessingException malformed) {
      return Optional.empty();
    }
    if (parsed.get("ports") instanceof Map<?, ?> ports && backend.getPort() != null) {
      Object byPort =
          backend.getPort().getNumber() != null
              ? ports.get(String.valueOf(backend.getPort().getNumber()))
              : ports.get(backend.getPort().getName());
      if (byPort instanceof String name) {
        return Optional.of(name);
      }
    }
    return parsed.get("default") instanceof String name ? Optional.of(name) : Optional.empty();
  }

  /**
   * The BackendConfig of the given name in the namespace, when the CRD is served and the object
   * exists.
   */
  public static Optional<GenericKubernetesResource> named(
      NamespaceSnapshot namespace, String name) {
    return namespace.extraHere(OptionalCrd.GKE_BACKEND_CONFIG).orElse(List.of()).stream()
        .filter(b -> name.equals(Unstructured.name(b)))
        .findFirst();
  }

  /**
   * The header names (lower case) set by spec.customResponseHeaders.headers ("Name: value"
   * entries).
   */
  public static List<String> responseHeaderNames(GenericKubernetesResource backendConfig) {
    return Unstructured.strings(backendConfig, "spec", "customResponseHeaders", "headers").stream()
        .filter(h -> h.indexOf(':') > 0)
        .map(h -> h.substring(0, h.indexOf(':')).trim().toLowerCase(Locale.ROOT))
        .toList();
  }
}
