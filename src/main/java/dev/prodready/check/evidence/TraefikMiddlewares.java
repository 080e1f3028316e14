package dev.prodready.check.evidence;

import dev.prodready.kube.Ingresses;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Traefik middlewares an Ingress uses. They are referenced as {@code
 * <namespace>-<name>@kubernetescrd} in {@code traefik.ingress.kubernetes.io/router.middlewares}; a
 * reference counts when its name hints at the feature or when it resolves to a Middleware object
 * whose spec configures it.
 */
public final class TraefikMiddlewares {

  public static final Set<OptionalCrd> CRDS =
      Set.of(OptionalCrd.TRAEFIK_MIDDLEWARE, OptionalCrd.TRAEFIK_MIDDLEWARE_LEGACY);

  private TraefikMiddlewares() {}

  /**
   * Whether a Traefik middleware of the Ingress provides a feature: its reference contains one of
   * the name hints (case-insensitive), or it resolves to a Middleware object whose spec has the
   * field (redirectScheme, rateLimit...).
   */
  public static boolean provide(
      Ingress ingress, NamespaceSnapshot namespace, String specField, String... nameHints) {
    for (String reference :
        Ingresses.annotations(ingress).getOrDefault(Ingresses.TRAEFIK_MIDDLEWARES, "").split(",")) {
      String id = reference.trim().replaceFirst("@.*$", "");
      if (id.isEmpty()) {
        continue;
      }
      String lower = id.toLowerCase(Locale.ROOT);
      if (Arrays.stream(nameHints).anyMatch(lower::contains)
          || middlewares(namespace)
              .anyMatch(m -> id.equals(qualified(m)) && Unstructured.has(m, "spec", specField))) {
        return true;
      }
    }
    return false;
  }

  private static Stream<GenericKubernetesResource> middlewares(NamespaceSnapshot namespace) {
    return CRDS.stream().flatMap(crd -> namespace.extra(crd).orElse(List.of()).stream());
  }

  private static String qualified(GenericKubernetesResource middleware) {
    return Unstructured.namespace(middleware) + "-" + Unstructured.name(middleware);
  }
}
