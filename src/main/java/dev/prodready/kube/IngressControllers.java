package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which controller serves an Ingress, since TLS, redirects and rate limits are configured per
 * controller. The class is spec.ingressClassName, else the legacy kubernetes.io/ingress.class
 * annotation, else the IngressClass annotated ingressclass.kubernetes.io/is-default-class. An
 * IngressClass object of that name gives the controller (spec.controller); without one, only the
 * class names the controllers' own installs use by default are recognised (nginx, traefik, alb,
 * gce, gce-internal; a bare "nginx" is read as ingress-nginx, NGINX Inc's controller is recognised
 * only through its IngressClass). Anything else is {@link Controller#UNKNOWN}: never read as
 * another controller.
 */
public final class IngressControllers {

  /** The controllers whose annotations the Networking checks understand. */
  public enum Controller {
    INGRESS_NGINX("ingress-nginx", "k8s.io/ingress-nginx"),
    NGINX_INC("NGINX Ingress Controller (nginx.org)", "nginx.org/ingress-controller"),
    TRAEFIK("Traefik", "traefik.io/ingress-controller"),
    AWS_ALB("AWS Load Balancer Controller", "ingress.k8s.aws/alb"),
    GKE("GKE Ingress", "networking.gke.io/ingress-gce"),
    UNKNOWN("unknown", "");

    private final String display;
    private final String controllerName;

    Controller(String display, String controllerName) {
      this.display = display;
      this.controllerName = controllerName;
    }

    public String display() {
      return display;
    }
  }

  /**
   * The controller and how it was told, for messages ("class alb (IngressClass alb:
   * ingress.k8s.aws/alb)").
   */
  public record Served(Controller controller, String how) {

    public boolean known() {
      return controller != Controller.UNKNOWN;
    }
  }

  static final String LEGACY_CLASS = "kubernetes.io/ingress.class";
  static final String DEFAULT_CLASS = "ingressclass.kubernetes.io/is-default-class";
  private static final Map<String, Controller> DEFAULT_NAMES =
      Map.of(
          "nginx",
          Controller.INGRESS_NGINX,
          "traefik",
          Controller.TRAEFIK,
          "alb",
          Controller.AWS_ALB,
          "gce",
          Controller.GKE,
          "gce-internal",
          Controller.GKE);

  private IngressControllers() {}

  public static Served of(Ingress ingress, List<IngressClass> classes) {
    String className = ingress.getSpec() == null ? null : ingress.getSpec().getIngressClassName();
    if (className == null || className.isBlank()) {
      className = Ingresses.annotations(ingress).get(LEGACY_CLASS);
    }
    if (className == null || className.isBlank()) {
      Optional<IngressClass> byDefault =
          classes.stream()
              .filter(
                  c ->
                      c.getMetadata().getAnnotations() != null
                          && "true".equals(c.getMetadata().getAnnotations().get(DEFAULT_CLASS)))
              .findFirst();
      return byDefault
          .map(c -> fromClass(c, "default IngressClass " + c.getMetadata().getName()))
          .orElse(new Served(Controller.UNKNOWN, "no ingress class and no default IngressClass"));
    }
    String name = className;
    Optional<IngressClass> declared =
        classes.stream().filter(c -> name.equals(c.getMetadata().getName())).findFirst();
    if (declared.isPresent()) {
      return fromClass(declared.get(), "class " + name);
    }
    Controller byName = DEFAULT_NAMES.get(name);
    return byName == null
        ? new Served(Controller.UNKNOWN, "class " + name + " is not a controller this check knows")
        : new Served(byName, "class " + name);
  }

  private static Served fromClass(IngressClass c, String how) {
    String controller = c.getSpec() == null ? null : c.getSpec().getController();
    for (Controller known : Controller.values()) {
      if (known != Controller.UNKNOWN && known.controllerName.equals(controller)) {
        return new Served(known, how);
      }
    }
    return new Served(
        Controller.UNKNOWN,
        how + " (IngressClass controller " + controller + ", not one this check knows)");
  }
}
