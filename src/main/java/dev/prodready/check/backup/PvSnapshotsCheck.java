package dev.prodready.check.backup;

import static dev.prodready.api.v1alpha1.Category.BackupDR;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.CustomResources;
import dev.prodready.kube.LabelSelectors;
import dev.prodready.kube.Velero;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A volume without snapshots is lost with its disk: a bad migration or a deleted PVC cannot be undone. */
@Singleton
public class PvSnapshotsCheck implements NamespaceCheck {

  static final String VOLUME_SNAPSHOT = "snapshot.storage.k8s.io/VolumeSnapshot";
  static final String SNAPSHOT_SCHEDULE = "snapscheduler.backube/SnapshotSchedule";

  static final CheckInfo INFO = new CheckInfo("pv-snapshots", "Backup & DR #3", BackupDR, High,
      "Every PersistentVolumeClaim is protected by snapshots",
      "A volume without snapshots is lost with its disk: a bad migration or a deleted PVC cannot be undone.",
      "Schedule snapshots: a snapscheduler SnapshotSchedule selecting the PVC, or a Velero Schedule including the "
          + "namespace with volume snapshots; a one-off VolumeSnapshot also counts.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Set<String> optionalCrds() {
    return Set.of(VOLUME_SNAPSHOT, SNAPSHOT_SCHEDULE, Velero.SCHEDULE);
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    if (namespace.persistentVolumeClaims().isEmpty()) {
      return Verdict.notApplicable("no PersistentVolumeClaim in the namespace");
    }
    Optional<String> velero = Velero.schedulesCovering(namespace).stream().filter(Velero::snapshotsVolumes)
        .findFirst().map(s -> CustomResources.ref(s, namespace.name()));
    if (velero.isPresent()) {
      return Verdict.pass("Velero " + velero.get() + " snapshots the namespace's volumes");
    }
    List<String> unprotected = namespace.persistentVolumeClaims().stream()
        .filter(pvc -> !snapshotted(pvc, namespace) && !scheduled(pvc, namespace))
        .map(pvc -> "persistentvolumeclaim/" + pvc.getMetadata().getName())
        .toList();
    return unprotected.isEmpty() ? Verdict.pass("every PersistentVolumeClaim has a snapshot or a snapshot schedule")
        : Verdict.fail("PersistentVolumeClaims without snapshots: " + String.join(", ", unprotected));
  }

  private static boolean snapshotted(PersistentVolumeClaim pvc, NamespaceSnapshot namespace) {
    return namespace.extraHere(VOLUME_SNAPSHOT).orElse(List.of()).stream()
        .anyMatch(s -> pvc.getMetadata().getName()
            .equals(CustomResources.string(s, "spec", "source", "persistentVolumeClaimName").orElse(null)));
  }

  /** A SnapshotSchedule that is not disabled and whose claimSelector (absent or empty: every PVC) matches the labels. */
  private static boolean scheduled(PersistentVolumeClaim pvc, NamespaceSnapshot namespace) {
    Map<String, String> labels = pvc.getMetadata().getLabels() == null ? Map.of() : pvc.getMetadata().getLabels();
    return namespace.extraHere(SNAPSHOT_SCHEDULE).orElse(List.of()).stream()
        .filter(s -> !CustomResources.bool(s, "spec", "disabled").orElse(false))
        .anyMatch(s -> CustomResources.value(s, "spec", "claimSelector") == null
            || CustomResources.selector(s, "spec", "claimSelector").map(sel -> LabelSelectors.matches(sel, labels))
                .orElse(false));
  }
}
