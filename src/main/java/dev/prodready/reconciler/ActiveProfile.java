package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One profile per namespace is active: the oldest (creation time, then name). The others are
 * duplicates.
 */
public final class ActiveProfile {

  private static final Comparator<ReadinessProfile> OLDEST_FIRST =
      Comparator.comparing(
              (ReadinessProfile p) ->
                  p.getMetadata().getCreationTimestamp() == null
                      ? ""
                      : p.getMetadata().getCreationTimestamp())
          .thenComparing(p -> p.getMetadata().getName());

  private ActiveProfile() {}

  public static Optional<ReadinessProfile> among(Stream<ReadinessProfile> profilesOfNamespace) {
    return profilesOfNamespace
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .min(OLDEST_FIRST);
  }
}
