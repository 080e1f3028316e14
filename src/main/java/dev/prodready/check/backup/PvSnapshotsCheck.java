package dev.prodready.check.backup;

import static dev.prodready.api.v1alpha1.Category.BackupDR;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.SnapshotJobs;
import dev.prodready.check.evidence.Velero;
import dev.prodready.kube.LabelSelectors;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Protection is ongoing, so the evidence must be a schedule or a snapshot recent enough to show one
 * runs: a Velero Schedule covering the namespace with volume snapshots, a snapscheduler
 * SnapshotSchedule selecting the claim, a CronJob of the namespace allowed to create
 * VolumeSnapshots (see {@link SnapshotJobs}), or a VolumeSnapshot of the claim created within the
 * last {@link #RECENT} days. Seven days is the longest usual snapshot interval (weekly); an older
 * one-off snapshot only shows that someone once took one.
 */
@Singleton
public class PvSnapshotsCheck implements NamespaceCheck {

  static final int RECENT = 7;

  static final CheckInfo INFO =
      CheckInfo.of("pv-snapshots", "Backup & DR #3", BackupDR, High)
          .title("Every PersistentVolumeClaim is snapshotted on a schedule")
          .why(
              "A volume without snapshots is lost with its disk: a bad migration or a deleted PVC cannot be undone.")
          .hint(
              "Schedule snapshots: a snapscheduler SnapshotSchedule selecting the PVC, a Velero Schedule including the "
                  + "namespace with volume snapshots, or a CronJob whose service account may create VolumeSnapshots.")
          .reads(
              OptionalCrd.VOLUME_SNAPSHOT,
              OptionalCrd.SNAPSHOT_SCHEDULE,
              OptionalCrd.VELERO_SCHEDULE);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A Velero Schedule with volume snapshots covering the namespace, a snapscheduler SnapshotSchedule selecting "
        + "the claim, a CronJob here whose service account may create VolumeSnapshots, or a VolumeSnapshot of the claim "
        + "younger than "
        + RECENT
        + " days. NotApplicable without PersistentVolumeClaims; never Manual.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    if (namespace.persistentVolumeClaims().isEmpty()) {
      return Verdict.notApplicable("no PersistentVolumeClaim in the namespace");
    }
    Optional<String> velero =
        Velero.schedulesCovering(namespace).stream()
            .filter(Velero::snapshotsVolumes)
            .findFirst()
            .map(s -> ObjectRefs.of(s, namespace.name()));
    if (velero.isPresent()) {
      return Verdict.pass("Velero " + velero.get() + " snapshots the namespace's volumes");
    }
    List<String> jobs = SnapshotJobs.scheduled(namespace);
    if (!jobs.isEmpty()) {
      return Verdict.pass(String.join(", ", jobs) + " may create VolumeSnapshots on its schedule");
    }
    List<String> unprotected =
        namespace.persistentVolumeClaims().stream()
            .filter(pvc -> !recentlySnapshotted(pvc, namespace) && !scheduled(pvc, namespace))
            .map(
                pvc ->
                    ObjectRefs.of("persistentvolumeclaim", pvc.getMetadata().getName())
                        + describeOld(pvc, namespace))
            .toList();
    return unprotected.isEmpty()
        ? Verdict.pass(
            "every PersistentVolumeClaim has a snapshot schedule or a snapshot younger than "
                + RECENT
                + " days")
        : Verdict.fail(
            "PersistentVolumeClaims without a snapshot schedule or a recent snapshot: "
                + String.join(", ", unprotected));
  }

  private static List<Instant> snapshotTimes(
      PersistentVolumeClaim pvc, NamespaceSnapshot namespace) {
    return namespace.extraHere(OptionalCrd.VOLUME_SNAPSHOT).orElse(List.of()).stream()
        .filter(
            s ->
                pvc.getMetadata()
                    .getName()
                    .equals(Unstructured.string(s, "spec", "source", "persistentVolumeClaimName")))
        .map(s -> created(s.getMetadata() == null ? null : s.getMetadata().getCreationTimestamp()))
        .flatMap(Optional::stream)
        .toList();
  }

  private static boolean recentlySnapshotted(
      PersistentVolumeClaim pvc, NamespaceSnapshot namespace) {
    Instant cutoff = namespace.observedAt().minus(Duration.ofDays(RECENT));
    return snapshotTimes(pvc, namespace).stream().anyMatch(t -> t.isAfter(cutoff));
  }

  private static String describeOld(PersistentVolumeClaim pvc, NamespaceSnapshot namespace) {
    return snapshotTimes(pvc, namespace).stream()
        .max(Instant::compareTo)
        .map(t -> " (newest snapshot " + t + ", older than " + RECENT + " days)")
        .orElse("");
  }

  private static Optional<Instant> created(String timestamp) {
    try {
      return timestamp == null ? Optional.empty() : Optional.of(Instant.parse(timestamp));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A SnapshotSchedule that is not disabled and whose claimSelector (absent or empty: every PVC)
   * matches the labels.
   */
  private static boolean scheduled(PersistentVolumeClaim pvc, NamespaceSnapshot namespace) {
    Map<String, String> labels =
        pvc.getMetadata().getLabels() == null ? Map.of() : pvc.getMetadata().getLabels();
    return namespace.extraHere(OptionalCrd.SNAPSHOT_SCHEDULE).orElse(List.of()).stream()
        .filter(s -> !Unstructured.isTrue(s, "spec", "disabled"))
        .anyMatch(
            s ->
                !Unstructured.has(s, "spec", "claimSelector")
                    || LabelSelectors.matches(
                        Unstructured.selector(s, "spec", "claimSelector"), labels));
  }
}
