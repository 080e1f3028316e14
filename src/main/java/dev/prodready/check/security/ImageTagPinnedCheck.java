package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.ContainerCheck;
import dev.prodready.kube.ImageReference;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A digest pins the image whatever the tag says. Mutable: no tag, {@code latest}, and the tags
 * registries conventionally move (branch names such as {@code main}/{@code master}/{@code develop},
 * channels such as {@code stable}/{@code edge}/{@code nightly}/ {@code canary}, and any tag ending
 * in {@code -latest}, {@code -snapshot} or {@code -nightly}). A version tag like {@code 1.4} is
 * accepted although a registry may move it too: telling a pinned patch release from a moving minor
 * line would need the registry, which the operator does not query.
 */
@Singleton
public class ImageTagPinnedCheck extends ContainerCheck {

  static final Set<String> MUTABLE_TAGS =
      Set.of(
          "latest",
          "main",
          "master",
          "develop",
          "development",
          "dev",
          "trunk",
          "head",
          "stable",
          "edge",
          "nightly",
          "canary",
          "beta",
          "alpha",
          "next",
          "snapshot",
          "current",
          "release",
          "rolling",
          "unstable",
          "testing",
          "preview",
          "staging",
          "prod",
          "production");
  private static final Pattern MUTABLE_SUFFIX =
      Pattern.compile(".*-(latest|snapshot|nightly|dev|edge)$");

  static final CheckInfo INFO =
      CheckInfo.of("image-tag-pinned", "Security #13", Security, Critical)
          .title(
              "Every image is pinned: a digest or a version tag, never a mutable tag (latest, main, stable...)")
          .why(
              "A mutable tag (\":latest\", \":main\", \":stable\", none) means a restart can silently run different code than "
                  + "what was tested.")
          .hint("Use a specific version tag, or better an image digest (image@sha256:...).");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Every container image (init containers too) has a digest (@sha256:...), or a tag that is not a mutable "
        + "one (none, latest, main, master, dev, stable, edge, nightly, canary, *-snapshot...). Never Manual.";
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    if (c.container().getImage() == null) {
      return false;
    }
    ImageReference image = ImageReference.parse(c.container().getImage());
    return image.pinnedByDigest() || image.tag() != null && !mutable(image.tag());
  }

  static boolean mutable(String tag) {
    String lower = tag.toLowerCase(Locale.ROOT);
    return MUTABLE_TAGS.contains(lower) || MUTABLE_SUFFIX.matcher(lower).matches();
  }

  @Override
  protected String failureDetail() {
    return "containers with a mutable or missing tag and no digest";
  }
}
