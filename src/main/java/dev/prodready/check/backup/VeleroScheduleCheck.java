package dev.prodready.check.backup;

import static dev.prodready.api.v1alpha1.Category.BackupDR;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.Velero;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import jakarta.inject.Singleton;

@Singleton
public class VeleroScheduleCheck implements NamespaceCheck {

  static final CheckInfo INFO =
      CheckInfo.of("velero-schedule", "Backup & DR #9", BackupDR, High)
          .title("A Velero Schedule (or similar backup tool) backs up the namespace")
          .why(
              "Without a scheduled full backup, a deleted namespace or a lost cluster means redeploying and losing its state.")
          .hint(
              "Create a velero.io Schedule whose spec.template.includedNamespaces contains the namespace (or \"*\"); attest "
                  + "another backup tool.")
          .reads(OptionalCrd.VELERO_SCHEDULE)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A Velero Schedule, not paused, whose includedNamespaces covers the namespace and "
        + "excludedNamespaces does not name it. Manual (attestable) when Velero is not installed.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    if (!Velero.served(namespace)) {
      return Verdict.manual(
          "Velero is not installed; attest the backup tool that covers this namespace");
    }
    var covering = Velero.schedulesCovering(namespace);
    return covering.isEmpty()
        ? Verdict.fail(
            "no Velero Schedule includes the namespace (or every one is paused or excludes it)")
        : Verdict.pass("backed up by Velero " + Velero.describe(covering, namespace.name()));
  }
}
