package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.Ingresses;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * gRPC needs HTTP/2 to the backend and WebSockets need long proxy timeouts; the defaults break
 * both. A Service port is gRPC when its appProtocol is grpc, h2c or kubernetes.io/h2c or its name
 * starts with grpc, WebSocket when its appProtocol is kubernetes.io/ws(s) or its name is ws,
 * websocket or starts with ws- / websocket-. Each Ingress backend routing to such a port (by port
 * name or number) needs, with ingress-nginx, {@code backend-protocol: GRPC} (or GRPCS), resp.
 * {@code proxy-read-timeout} and {@code proxy-send-timeout}; with Traefik, the Service annotation
 * {@code traefik.ingress.kubernetes.io/service.serversscheme: h2c} (or https) for gRPC, while
 * WebSockets work as is.
 */
@Singleton
public class GrpcWebsocketCheck implements NamespaceCheck {

  static final String TRAEFIK_SCHEME = "traefik.ingress.kubernetes.io/service.serversscheme";
  private static final Set<String> GRPC_PROTOCOLS = Set.of("grpc", "h2c", "kubernetes.io/h2c");
  private static final Set<String> WS_PROTOCOLS =
      Set.of("ws", "wss", "kubernetes.io/ws", "kubernetes.io/wss");

  static final CheckInfo INFO =
      CheckInfo.of("grpc-websocket", "Networking #10", Networking, Medium)
          .title("Ingresses routing gRPC or WebSocket traffic are configured for it")
          .why(
              "Without HTTP/2 to the backend gRPC calls fail, and default proxy timeouts cut WebSockets after 60 seconds.")
          .hint(
              "For gRPC set nginx.ingress.kubernetes.io/backend-protocol: GRPC; for WebSockets set "
                  + "nginx.ingress.kubernetes.io/proxy-read-timeout and proxy-send-timeout (for example \"3600\").");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "For each Ingress backend on a gRPC or WebSocket Service port (appProtocol or port name): "
        + "ingress-nginx backend-protocol GRPC(S), resp. proxy-read/send-timeout; Traefik serversscheme "
        + "h2c/https for gRPC. NotApplicable without such routes; never Manual.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<Route> routes =
        routes(namespace).stream().filter(r -> isGrpc(r.port()) || isWebsocket(r.port())).toList();
    if (routes.isEmpty()) {
      return Verdict.notApplicable("no gRPC or WebSocket Service port behind an Ingress");
    }
    List<String> offenders =
        routes.stream()
            .flatMap(
                r ->
                    Optional.ofNullable(isGrpc(r.port()) ? grpcProblem(r) : wsProblem(r.ingress()))
                        .map(p -> r.label() + ": " + p)
                        .stream())
            .toList();
    return offenders.isEmpty()
        ? Verdict.pass("all " + routes.size() + " gRPC/WebSocket routes are configured")
        : Verdict.fail(
            offenders.size()
                + " of "
                + routes.size()
                + " gRPC/WebSocket routes are not configured: "
                + String.join("; ", offenders));
  }

  /** An Ingress backend and the Service port it reaches. */
  private record Route(Ingress ingress, Service service, ServicePort port) {
    String label() {
      return Ingresses.ref(ingress)
          + " -> service/"
          + service.getMetadata().getName()
          + ":"
          + Objects.requireNonNullElse(port.getName(), String.valueOf(port.getPort()));
    }
  }

  private static List<Route> routes(NamespaceSnapshot namespace) {
    var routes = new ArrayList<Route>();
    for (Ingress ingress :
        namespace.ingresses().stream().sorted(Comparator.comparing(Ingresses::ref)).toList()) {
      for (IngressServiceBackend backend : Ingresses.serviceBackends(ingress)) {
        namespace.services().stream()
            .filter(
                s ->
                    backend.getName().equals(s.getMetadata().getName())
                        && s.getSpec() != null
                        && s.getSpec().getPorts() != null)
            .forEach(
                s ->
                    s.getSpec().getPorts().stream()
                        .filter(p -> routesTo(backend, p))
                        .forEach(p -> routes.add(new Route(ingress, s, p))));
      }
    }
    return routes.stream().distinct().toList();
  }

  private static String grpcProblem(Route route) {
    Ingress ingress = route.ingress();
    Service service = route.service();
    if (Ingresses.isTraefik(ingress)) {
      String scheme =
          service.getMetadata().getAnnotations() == null
              ? null
              : service.getMetadata().getAnnotations().get(TRAEFIK_SCHEME);
      return "h2c".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)
          ? null
          : "gRPC port without " + TRAEFIK_SCHEME + ": h2c on the Service";
    }
    String protocol =
        Objects.toString(Ingresses.nginx(ingress, "backend-protocol"), "")
            .trim()
            .toUpperCase(Locale.ROOT);
    return protocol.equals("GRPC") || protocol.equals("GRPCS")
        ? null
        : "gRPC port without nginx.ingress.kubernetes.io/backend-protocol: GRPC";
  }

  private static String wsProblem(Ingress ingress) {
    if (Ingresses.isTraefik(ingress)) {
      return null;
    }
    boolean timeouts =
        Ingresses.nginx(ingress, "proxy-read-timeout") != null
            && Ingresses.nginx(ingress, "proxy-send-timeout") != null;
    return timeouts
        ? null
        : "WebSocket port without nginx.ingress.kubernetes.io/proxy-read-timeout and proxy-send-timeout";
  }

  private static boolean routesTo(IngressServiceBackend backend, ServicePort port) {
    var ref = backend.getPort();
    return ref != null
        && (ref.getNumber() != null && ref.getNumber().equals(port.getPort())
            || ref.getName() != null && ref.getName().equals(port.getName()));
  }

  static boolean isGrpc(ServicePort port) {
    return GRPC_PROTOCOLS.contains(lower(port.getAppProtocol()))
        || lower(port.getName()).startsWith("grpc");
  }

  static boolean isWebsocket(ServicePort port) {
    String name = lower(port.getName());
    return WS_PROTOCOLS.contains(lower(port.getAppProtocol()))
        || name.equals("ws")
        || name.equals("websocket")
        || name.startsWith("ws-")
        || name.startsWith("websocket-");
  }

  private static String lower(String value) {
    return value == null ? "" : value.toLowerCase(Locale.ROOT);
  }
}
