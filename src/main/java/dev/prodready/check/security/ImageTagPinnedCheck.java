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

/** ":latest" or no tag means a restart can silently run different code than what was tested. A digest is best. */
@Singleton
public class ImageTagPinnedCheck extends ContainerCheck {

  static final CheckInfo INFO = new CheckInfo("image-tag-pinned", "Security #13", Security, Critical,
      "No image uses :latest or no tag (a digest is the strongest pin)",
      "\":latest\" or no tag means a restart can silently run different code than what was tested.",
      "Use a specific version tag, or better an image digest (image@sha256:...).");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    if (c.container().getImage() == null) {
      return false;
    }
    ImageReference image = ImageReference.parse(c.container().getImage());
    return image.pinnedByDigest() || (image.tag() != null && !image.tag().equals("latest"));
  }

  @Override
  protected String failureDetail() {
    return "containers with a :latest or missing tag";
  }
}
