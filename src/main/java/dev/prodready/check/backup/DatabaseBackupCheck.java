package dev.prodready.check.backup;

import static dev.prodready.api.v1alpha1.Category.BackupDR;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.Velero;
import dev.prodready.kube.Databases;
import dev.prodready.kube.Databases.Engine;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import dev.prodready.snapshot.WorkloadKind;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Databases: StatefulSets whose app containers run a database image ({@link Databases#engineOf})
 * and CloudNativePG Clusters. They are backed up by a Velero Schedule including the namespace and
 * keeping volume data ({@link #capturesVolumeData}: a manifest-only backup restores an empty
 * database), or per engine: one active CronJob here whose name, images, commands or env values name
 * a backup tool for that engine (pg_dump, mysqldump, mongodump, redis-cli --rdb...) or "backup"
 * together with the engine's name covers every database of that engine; a CloudNativePG
 * ScheduledBackup here covers Postgres. Which database a job dumps, and whether it succeeds, is not
 * verified.
 */
@Singleton
public class DatabaseBackupCheck implements NamespaceCheck {

  static final String POD_VOLUME_BACKUP = "backup.velero.io/backup-volumes";

  static final CheckInfo INFO =
      CheckInfo.of("database-backup", "Backup & DR #4", BackupDR, Critical)
          .title("Every database in the namespace is backed up automatically")
          .why(
              "A database without automated backups loses every write since the last manual dump when its data goes bad.")
          .hint(
              "Add a CronJob running pg_dump / mysqldump / mongodump (or the operator's scheduled backup, such as a "
                  + "CloudNativePG ScheduledBackup), or a Velero Schedule including the namespace.")
          .reads(
              OptionalCrd.VELERO_SCHEDULE,
              OptionalCrd.CNPG_CLUSTER,
              OptionalCrd.CNPG_SCHEDULED_BACKUP);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Finds database StatefulSets (by image) and CloudNativePG Clusters; each passes with a dump CronJob for its "
        + "engine, a CloudNativePG ScheduledBackup, or a Velero Schedule that includes the namespace and its volume "
        + "data (snapshotVolumes not false, defaultVolumesToFsBackup, or the pod's backup.velero.io/backup-volumes). "
        + "NotApplicable without a database.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    Map<String, Database> databases = databases(namespace);
    if (databases.isEmpty()) {
      return Verdict.notApplicable(
          "no database StatefulSet or operator-managed database in the namespace");
    }
    var velero = Velero.schedulesCovering(namespace);
    Map<Engine, String> dumpedBy = new EnumMap<>(Engine.class);
    for (Workload w : namespace.workloads()) {
      if (w.kind() == WorkloadKind.CronJob
          && !Boolean.TRUE.equals(((CronJob) w.object()).getSpec().getSuspend())) {
        String text =
            Databases.jobText(
                w.name(), w.allContainers().stream().map(c -> c.container()).toList());
        for (Engine e : Engine.values()) {
          if (e.backedUpBy(text)) {
            dumpedBy.putIfAbsent(e, w.ref());
          }
        }
      }
    }
    namespace.extraHere(OptionalCrd.CNPG_SCHEDULED_BACKUP).orElse(List.of()).stream()
        .findFirst()
        .ifPresent(b -> dumpedBy.putIfAbsent(Engine.Postgres, ObjectRefs.of(b, namespace.name())));
    var covered = new ArrayList<String>();
    var missing = new ArrayList<String>();
    for (var entry : databases.entrySet()) {
      Database db = entry.getValue();
      if (dumpedBy.containsKey(db.engine())) {
        covered.add(entry.getKey() + " (" + dumpedBy.get(db.engine()) + ")");
        continue;
      }
      var withData = velero.stream().filter(s -> capturesVolumeData(s, db)).toList();
      if (!withData.isEmpty()) {
        covered.add(
            entry.getKey() + " (Velero " + Velero.describe(withData, namespace.name()) + ")");
      } else if (!velero.isEmpty()) {
        missing.add(
            entry.getKey()
                + " ("
                + db.engine()
                + "; Velero "
                + Velero.describe(velero, namespace.name())
                + " backs up manifests only: snapshotVolumes false and no file-system backup of its volumes)");
      } else {
        missing.add(entry.getKey() + " (" + db.engine() + ")");
      }
    }
    return missing.isEmpty()
        ? Verdict.pass("automated backups with the data cover " + String.join(", ", covered))
        : Verdict.fail(
            "databases without an automated backup of their data: " + String.join(", ", missing));
  }

  /**
   * Whether a Schedule that includes the namespace also keeps the database's volume data: volume
   * snapshots (unless snapshotVolumes: false), file-system backup of every volume
   * (defaultVolumesToFsBackup), or file-system backup opted in on the pod (annotation
   * backup.velero.io/backup-volumes). A Schedule limited by includedResources to kinds without
   * persistentvolumeclaims keeps manifests only.
   */
  static boolean capturesVolumeData(GenericKubernetesResource schedule, Database db) {
    List<String> resources =
        Unstructured.strings(schedule, "spec", "template", "includedResources");
    if (!resources.isEmpty()
        && !resources.contains("*")
        && resources.stream()
            .noneMatch(r -> r.startsWith("persistentvolumeclaims") || r.equals("pvc"))) {
      return false;
    }
    return Velero.snapshotsVolumes(schedule)
        || Unstructured.isTrue(schedule, "spec", "template", "defaultVolumesToFsBackup")
        || db.podAnnotations().containsKey(POD_VOLUME_BACKUP);
  }

  /** A database and the annotations of its pods (empty for operator-managed clusters). */
  record Database(Engine engine, Map<String, String> podAnnotations) {}

  /** "statefulset/orders-db" or "cluster.postgresql.cnpg.io/orders" to the engine it runs. */
  private static Map<String, Database> databases(NamespaceSnapshot namespace) {
    var databases = new LinkedHashMap<String, Database>();
    for (Workload w : namespace.workloads()) {
      if (w.kind() == WorkloadKind.StatefulSet) {
        w.containers().stream()
            .map(c -> Databases.engineOf(c.getImage()))
            .flatMap(Optional::stream)
            .findFirst()
            .ifPresent(e -> databases.put(w.ref(), new Database(e, w.podAnnotations())));
      }
    }
    for (var cluster : namespace.extraHere(OptionalCrd.CNPG_CLUSTER).orElse(List.of())) {
      databases.put(
          ObjectRefs.of("cluster.postgresql.cnpg.io", Unstructured.name(cluster)),
          new Database(Engine.Postgres, Map.of()));
    }
    return databases;
  }
}
