package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.kube.Ingresses;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Optional;

/**
 * Only Ingresses with {@code nginx.ingress.kubernetes.io/enable-cors: "true"} are counted (whether
 * an Ingress serves an API cannot be seen); their {@code cors-allow-origin} must be set
 * (ingress-nginx defaults it to {@code *}) and must not list {@code *}.
 */
@Singleton
public class IngressCorsCheck extends IngressCheck {

  static final CheckInfo INFO =
      CheckInfo.of("ingress-cors", "Networking #5", Networking, Medium)
          .title("Ingresses that enable CORS restrict the allowed origins")
          .why("CORS open to any origin lets any web page call the API from a user's browser.")
          .hint(
              "Set nginx.ingress.kubernetes.io/cors-allow-origin to the exact origins of the front ends "
                  + "(\"https://app.example.com, https://admin.example.com\"), never \"*\".");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Ingresses with nginx.ingress.kubernetes.io/enable-cors \"true\" must set cors-allow-origin "
        + "without *. NotApplicable when no Ingress enables CORS; never Manual.";
  }

  @Override
  protected boolean appliesTo(Ingress ingress) {
    return Ingresses.isTrue(Ingresses.nginx(ingress, "enable-cors"));
  }

  @Override
  protected String notApplicableReason() {
    return "no Ingress enables CORS";
  }

  @Override
  protected Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace) {
    String origins = Ingresses.nginx(ingress, "cors-allow-origin");
    if (origins == null || origins.isBlank()) {
      return Optional.of("cors-allow-origin not set (ingress-nginx then allows *)");
    }
    return Arrays.stream(origins.split(",")).map(String::trim).anyMatch("*"::equals)
        ? Optional.of("cors-allow-origin allows any origin (*)")
        : Optional.empty();
  }
}
