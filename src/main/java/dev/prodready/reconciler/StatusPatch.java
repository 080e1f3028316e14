package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.events.StatusAnnouncer;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

/**
 * Writes a status only when it differs from the profile's, and announces the changes of exactly the
 * statuses it writes.
 */
final class StatusPatch {

  private StatusPatch() {}

  static UpdateControl<ReadinessProfile> ifChanged(
      ReadinessProfile profile, ReadinessProfileStatus next, StatusAnnouncer announcer) {
    var previous = profile.getStatus();
    if (next.equals(previous)) {
      return UpdateControl.noUpdate();
    }
    announcer.announce(profile, previous, next);
    return UpdateControl.patchStatus(statusOnly(profile, next));
  }

  /**
   * A fresh object carrying only identity and status, as server-side apply of the status
   * subresource expects. The spec is removed explicitly: CustomResource fills in a default one, and
   * the apply should carry only fields the operator owns.
   */
  static ReadinessProfile statusOnly(ReadinessProfile profile, ReadinessProfileStatus status) {
    var fresh = new ReadinessProfile();
    fresh.setMetadata(
        new ObjectMetaBuilder()
            .withName(profile.getMetadata().getName())
            .withNamespace(profile.getMetadata().getNamespace())
            .build());
    fresh.setSpec(null);
    fresh.setStatus(status);
    return fresh;
  }
}
