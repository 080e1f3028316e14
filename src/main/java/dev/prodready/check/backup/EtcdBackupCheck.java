package dev.prodready.check.backup;

import static dev.prodready.api.v1alpha1.Category.BackupDR;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.Commands;
import dev.prodready.kube.CronSchedules;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * An etcd backup CronJob in kube-system is one named like "etcd-backup", or one whose name, image,
 * command or arguments mention etcd and whose command or arguments run "snapshot save". It must not
 * be suspended and must run at least daily ({@link CronSchedules#runsAtLeastDaily}). Such CronJobs
 * that are all suspended or weekly/monthly fail: this cluster backs etcd up itself, and not daily.
 * With none at all the result is Manual: managed control planes (EKS, GKE, AKS) back up etcd
 * themselves, and a backup run from outside the cluster cannot be seen.
 */
@Singleton
public class EtcdBackupCheck implements NamespaceCheck {

  static final CheckInfo INFO =
      CheckInfo.of("etcd-backup", "Backup & DR #1", BackupDR, Critical)
          .title("etcd is backed up at least daily")
          .why(
              "etcd holds every object of the cluster; without a recent snapshot a lost control plane means rebuilding it.")
          .hint(
              "Run `etcdctl snapshot save` from a daily CronJob in kube-system (and copy the file off-cluster); on a managed "
                  + "control plane, attest the provider's etcd backups.")
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A kube-system CronJob that backs up etcd (named etcd-backup, or running etcdctl snapshot save), "
        + "not suspended, at least daily. Manual (attestable) when there is none: managed control planes "
        + "back up etcd themselves.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<CronJob> backups =
        namespace.cluster().kubeSystemCronJobs().stream()
            .filter(EtcdBackupCheck::isEtcdBackup)
            .toList();
    for (CronJob c : backups) {
      if (!Boolean.TRUE.equals(c.getSpec().getSuspend())
          && CronSchedules.runsAtLeastDaily(c.getSpec().getSchedule())) {
        return Verdict.pass(
            "kube-system/"
                + c.getMetadata().getName()
                + " runs \""
                + c.getSpec().getSchedule()
                + "\"");
      }
    }
    if (!backups.isEmpty()) {
      return Verdict.fail(
          "no etcd backup CronJob runs at least daily: "
              + String.join(
                  ", ",
                  backups.stream()
                      .map(
                          c ->
                              "kube-system/"
                                  + c.getMetadata().getName()
                                  + " (\""
                                  + c.getSpec().getSchedule()
                                  + "\""
                                  + (Boolean.TRUE.equals(c.getSpec().getSuspend())
                                      ? ", suspended"
                                      : "")
                                  + ")")
                      .toList()));
    }
    return Verdict.manual(
        "no etcd backup CronJob in kube-system; a managed control plane backs up etcd itself: attest it");
  }

  private static boolean isEtcdBackup(CronJob cronJob) {
    String name = cronJob.getMetadata().getName().toLowerCase(Locale.ROOT);
    if (name.contains("etcd-backup")) {
      return true;
    }
    var text = new StringBuilder(name);
    var commands = new StringBuilder();
    for (Container c : Workload.of(cronJob).containers()) {
      text.append(' ').append(c.getImage());
      commands.append(' ').append(Commands.commandLine(c));
    }
    String cmd = commands.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return (text.toString().toLowerCase(Locale.ROOT).contains("etcd") || cmd.contains("etcd"))
        && cmd.contains("snapshot save");
  }
}
