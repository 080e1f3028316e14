package dev.prodready.check.backup;

import static dev.prodready.api.v1alpha1.Category.BackupDR;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.Velero;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Hybrid: a Velero Restore of this namespace (see {@link Velero#restoresOf}) that completed within
 * the last {@link #VALIDITY} days is the drill's own record, so it passes without a sign-off. When
 * the newest Restore of the namespace in that window ended Failed or PartiallyFailed, the drill
 * showed the restore does not work: Fail. Otherwise (no Velero, no recent Restore, restores done
 * with another tool) a person attests the drill: Manual. A Restore older than the window is not a
 * failure: the drill may have been repeated elsewhere, so it is reported and left to a sign-off.
 */
@Singleton
public class RestoreTestedCheck implements NamespaceCheck {

  static final int VALIDITY = 90;

  static final CheckInfo INFO =
      CheckInfo.of("restore-tested", "Backup & DR #7", BackupDR, Critical)
          .title("A restore was tested in the last quarter")
          .why(
              "Restores fail for reasons only a drill reveals (missing keys, changed schemas, expired credentials).")
          .hint(
              "Run a DR drill every quarter: a Velero Restore of the namespace (namespaceMapping into a scratch namespace), or "
                  + "another tool's drill attested in spec.attestations with the report.")
          .reads(OptionalCrd.VELERO_RESTORE)
          .allowsAttestation(Duration.ofDays(VALIDITY));

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A Velero Restore covering the namespace with status.phase Completed in the last "
        + VALIDITY
        + " days; "
        + "Fail when the newest such Restore in that window Failed or PartiallyFailed. Manual (attestable, "
        + VALIDITY
        + " days) otherwise.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    if (!namespace.serves(OptionalCrd.VELERO_RESTORE)) {
      return Verdict.manual("Velero is not installed; attest the last restore drill");
    }
    Instant cutoff = namespace.observedAt().minus(Duration.ofDays(VALIDITY));
    List<GenericKubernetesResource> restores =
        Velero.restoresOf(namespace).stream()
            .filter(r -> finished(r).isPresent())
            .sorted(
                Comparator.comparing((GenericKubernetesResource r) -> finished(r).orElseThrow())
                    .reversed())
            .toList();
    List<GenericKubernetesResource> recent =
        restores.stream().filter(r -> finished(r).orElseThrow().isAfter(cutoff)).toList();
    if (!recent.isEmpty()) {
      GenericKubernetesResource newest = recent.get(0);
      String phase = Unstructured.string(newest, "status", "phase");
      String what =
          ObjectRefs.of(newest, namespace.name()) + " finished " + finished(newest).orElseThrow();
      if (phase.equals("Completed")) {
        return Verdict.pass("restore drill " + what + " (Completed)");
      }
      if (phase.equals("Failed") || phase.equals("PartiallyFailed")) {
        return Verdict.fail(
            "the newest restore drill " + what + " ended " + phase + ": the restore does not work");
      }
    }
    return Verdict.manual(
        restores.isEmpty()
            ? "no finished Velero Restore of the namespace; attest the last drill"
            : "the newest Velero Restore of the namespace finished "
                + finished(restores.get(0)).orElseThrow()
                + ", more than "
                + VALIDITY
                + " days ago; attest a newer drill");
  }

  /** status.completionTimestamp of a Restore that finished, else empty. */
  private static Optional<Instant> finished(GenericKubernetesResource restore) {
    String timestamp = Unstructured.string(restore, "status", "completionTimestamp");
    try {
      return timestamp.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(timestamp));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
