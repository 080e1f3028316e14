package dev.prodready.check.backup;

import static dev.prodready.api.v1alpha1.Category.BackupDR;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.Velero;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class BackupRetentionCheck implements NamespaceCheck {

  static final CheckInfo INFO =
      CheckInfo.of("backup-retention", "Backup & DR #5", BackupDR, High)
          .title(
              "Every Velero Schedule backing up the namespace sets its retention (spec.template.ttl)")
          .why(
              "Backups without a chosen retention vanish before anyone notices a problem (Velero's default is 30 days) or pile up.")
          .hint(
              "Set spec.template.ttl on each Schedule, for example 168h for daily and 2160h for monthly backups; attest the "
                  + "retention of another backup tool.")
          .reads(OptionalCrd.VELERO_SCHEDULE)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "spec.template.ttl on every Velero Schedule that backs up the namespace. Manual (attestable) "
        + "when no Velero Schedule covers it: another tool's retention cannot be read.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<GenericKubernetesResource> covering = Velero.schedulesCovering(namespace);
    if (covering.isEmpty()) {
      return Verdict.manual(
          "no Velero Schedule backs up the namespace; attest the retention of the backups in use");
    }
    List<String> unset =
        covering.stream()
            .filter(s -> Velero.ttl(s).isBlank())
            .map(s -> ObjectRefs.of(s, namespace.name()))
            .toList();
    if (!unset.isEmpty()) {
      return Verdict.fail(
          "Velero Schedules without spec.template.ttl: " + String.join(", ", unset));
    }
    return Verdict.pass(
        "retention set: "
            + String.join(
                ", ",
                covering.stream()
                    .map(s -> ObjectRefs.of(s, namespace.name()) + " ttl " + Velero.ttl(s))
                    .toList()));
  }
}
