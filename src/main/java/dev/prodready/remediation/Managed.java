package dev.prodready.remediation;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import java.util.Map;

/**
 * The ownership protocol: an object is the operator's when it carries the managed-by label and an
 * owner reference to the profile. Without the label it is the user's, whatever else it carries.
 */
public final class Managed {

  public static final String LABEL = "app.kubernetes.io/managed-by";
  public static final String VALUE = "prodready";
  public static final String PREFIX = "prodready-";

  private Managed() {}

  public static boolean labelled(HasMetadata o) {
    return o.getMetadata().getLabels() != null
        && VALUE.equals(o.getMetadata().getLabels().get(LABEL));
  }

  public static boolean ownedBy(HasMetadata o, ReadinessProfile profile) {
    return o.getMetadata().getOwnerReferences() != null
        && o.getMetadata().getOwnerReferences().stream()
            .anyMatch(r -> r.getUid() != null && r.getUid().equals(profile.getMetadata().getUid()));
  }

  /** The operator's own object: it may update or delete it. */
  public static boolean isOurs(HasMetadata o, ReadinessProfile profile) {
    return labelled(o) && ownedBy(o, profile);
  }

  /** Labelled and owned by the profile, so deleting the profile garbage-collects it. */
  public static ObjectMeta metadata(String name, ReadinessProfile owner) {
    return new ObjectMetaBuilder()
        .withName(name)
        .withNamespace(owner.getMetadata().getNamespace())
        .withLabels(Map.of(LABEL, VALUE))
        .withOwnerReferences(
            new OwnerReferenceBuilder()
                .withApiVersion(owner.getApiVersion())
                .withKind(owner.getKind())
                .withName(owner.getMetadata().getName())
                .withUid(owner.getMetadata().getUid())
                .withController(true)
                .withBlockOwnerDeletion(false)
                .build())
        .build();
  }
}
