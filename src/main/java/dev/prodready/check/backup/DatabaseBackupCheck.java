package dev.prodready.check.backup;

import static dev.prodready.api.v1alpha1.Category.BackupDR;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.CustomResources;
import dev.prodready.kube.Databases;
import dev.prodready.kube.Databases.Engine;
import dev.prodready.kube.Velero;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import dev.prodready.snapshot.WorkloadKind;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A database without automated backups loses every write since the last manual dump when its volume or data goes bad.
 *
 * <p>Databases: StatefulSets whose app containers run a database image ({@link Databases#engineOf}) and CloudNativePG
 * Clusters. They are backed up by a Velero Schedule including the namespace, or per engine: one active CronJob here
 * whose name, images, commands or env values name a backup tool for that engine (pg_dump, mysqldump, mongodump,
 * redis-cli --rdb...) or "backup" together with the engine's name covers every database of that engine; a CloudNativePG
 * ScheduledBackup here covers Postgres. Which database a job dumps, and whether it succeeds, is not verified.
 */
@Singleton
public class DatabaseBackupCheck implements NamespaceCheck {

  static final String CNPG_CLUSTER = "postgresql.cnpg.io/Cluster";
  static final String CNPG_SCHEDULED_BACKUP = "postgresql.cnpg.io/ScheduledBackup";

  static final CheckInfo INFO = new CheckInfo("database-backup", "Backup & DR #4", BackupDR, Critical,
      "Every database in the namespace is backed up automatically",
      "A database without automated backups loses every write since the last manual dump when its data goes bad.",
      "Add a CronJob running pg_dump / mysqldump / mongodump (or the operator's scheduled backup, such as a "
          + "CloudNativePG ScheduledBackup), or a Velero Schedule including the namespace.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Set<String> optionalCrds() {
    return Set.of(Velero.SCHEDULE, CNPG_CLUSTER, CNPG_SCHEDULED_BACKUP);
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    Map<String, Engine> databases = databases(namespace);
    if (databases.isEmpty()) {
      return Verdict.notApplicable("no database StatefulSet or operator-managed database in the namespace");
    }
    var velero = Velero.schedulesCovering(namespace);
    if (!velero.isEmpty()) {
      return Verdict.pass("backed up by Velero " + Velero.describe(velero, namespace.name()));
    }
    Set<Engine> backedUp = EnumSet.noneOf(Engine.class);
    for (Workload w : namespace.workloads()) {
      if (w.kind() == WorkloadKind.CronJob && !Boolean.TRUE.equals(((CronJob) w.object()).getSpec().getSuspend())) {
        String text = Databases.jobText(w.name(), w.allContainers().stream().map(c -> c.container()).toList());
        for (Engine e : Engine.values()) {
          if (e.backedUpBy(text)) {
            backedUp.add(e);
          }
        }
      }
    }
    if (!namespace.extraHere(CNPG_SCHEDULED_BACKUP).orElse(List.of()).isEmpty()) {
      backedUp.add(Engine.Postgres);
    }
    List<String> missing = databases.entrySet().stream().filter(d -> !backedUp.contains(d.getValue()))
        .map(d -> d.getKey() + " (" + d.getValue() + ")").toList();
    return missing.isEmpty() ? Verdict.pass("automated backups cover " + String.join(", ",
        databases.keySet()))
        : Verdict.fail("databases without an automated backup: " + String.join(", ", missing));
  }

  /** "statefulset/orders-db" or "cluster.postgresql.cnpg.io/orders" to the engine it runs. */
  private static Map<String, Engine> databases(NamespaceSnapshot namespace) {
    var databases = new LinkedHashMap<String, Engine>();
    for (Workload w : namespace.workloads()) {
      if (w.kind() == WorkloadKind.StatefulSet) {
        w.containers().stream().map(c -> Databases.engineOf(c.getImage())).flatMap(Optional::stream).findFirst()
            .ifPresent(e -> databases.put(w.ref(), e));
      }
    }
    for (var cluster : namespace.extraHere(CNPG_CLUSTER).orElse(List.of())) {
      databases.put("cluster.postgresql.cnpg.io/" + CustomResources.name(cluster), Engine.Postgres);
    }
    return databases;
  }
}
