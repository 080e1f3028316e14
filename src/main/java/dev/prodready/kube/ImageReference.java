package dev.prodready.kube;

/**
 * A container image reference split the way the container runtime reads it:
 * [registry/]repository[:tag][@digest]. A first path component counts as a registry when it has a
 * dot or a colon, or is "localhost"; otherwise the image comes from Docker Hub.
 */
public record ImageReference(String registry, String repository, String tag, String digest) {

  public static final String DOCKER_HUB = "docker.io";

  public static ImageReference parse(String image) {
    String rest = image.trim();
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    String registry = DOCKER_HUB;
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        rest = rest.substring(slash + 1);
      }
    }
    return new ImageReference(registry, rest, tag, digest);
  }

  public boolean pinnedByDigest() {
    return digest != null && !digest.isBlank();
  }

  /**
   * Registry and repository as the runtime pulls it, the form an allowed prefix is matched against:
   * "registry.example.com/team/app"; Docker Hub official images get their implicit "library/"
   * ("docker.io/library/nginx").
   */
  public String location() {
    boolean official = registry.equals(DOCKER_HUB) && !repository.contains("/");
    return registry + "/" + (official ? "library/" + repository : repository);
  }
}
