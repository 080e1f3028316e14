package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.kube.ImageReference;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Without spec.allowedRegistries the check cannot know which registries the platform trusts, so it
 * answers Manual ("set allowedRegistries to judge") rather than NotApplicable: Security #16 is a
 * real item, not one that does not apply, and it must stay visible until someone configures it.
 */
@Singleton
public class AllowedRegistriesCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("allowed-registries", "Security #16", Security, High)
          .title("Every image comes from a registry listed in spec.allowedRegistries")
          .why(
              "Images from public registries bypass the scanning, signing and availability guarantees of the private one.")
          .hint(
              "Mirror the image into an allowed registry, or add the registry to spec.allowedRegistries.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Every container image (init containers too) whose registry and path start with an entry of "
        + "spec.allowedRegistries (Docker Hub official images read as docker.io/library/...). Manual while "
        + "spec.allowedRegistries is empty.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    List<String> allowed = namespace.profile().getAllowedRegistries();
    if (allowed == null || allowed.isEmpty()) {
      return Verdict.manual("spec.allowedRegistries is empty: set allowedRegistries to judge");
    }
    var offending =
        workload.allContainers().stream()
            .filter(
                c ->
                    c.container().getImage() == null
                        || !isAllowed(c.container().getImage(), allowed))
            .map(NamedContainer::label)
            .toList();
    return offending.isEmpty()
        ? Verdict.pass()
        : Verdict.fail("images from registries not allowed: " + String.join(", ", offending));
  }

  /**
   * "registry.example.com" allows that registry; "registry.example.com/team" allows that path and
   * below. Docker Hub official images are read as the runtime reads them: "nginx" is
   * "docker.io/library/nginx".
   */
  static boolean isAllowed(String image, List<String> allowed) {
    String location = ImageReference.parse(image).location();
    return allowed.stream()
        .map(p -> p.endsWith("/") ? p.substring(0, p.length() - 1) : p)
        .anyMatch(p -> location.equals(p) || location.startsWith(p + "/"));
  }
}
