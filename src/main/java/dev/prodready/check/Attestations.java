package dev.prodready.check;

import dev.prodready.api.v1alpha1.Attestation;
import dev.prodready.api.v1alpha1.CheckState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns Manual results of attestable items into Attested (scored as a pass) or Expired (scored as a
 * failure) from spec.attestations. The newest sign-off of an item wins. Automated results are never
 * touched: SpecValidator rejects attestations of items that cannot be attested.
 */
public final class Attestations {

  private Attestations() {}

  public static List<CheckResult> apply(
      List<CheckResult> results,
      List<Attestation> attestations,
      List<Check> catalog,
      LocalDate today) {
    var out = new ArrayList<CheckResult>(results.size());
    for (CheckResult r : results) {
      Optional<Attestation> latest =
          attestations == null
              ? Optional.empty()
              : attestations.stream()
                  .filter(a -> a.getCheck().equals(r.info().id()))
                  .max(Comparator.comparing(Attestation::getAttestedAt));
      if (r.state() != CheckState.Manual || latest.isEmpty()) {
        out.add(r);
        continue;
      }
      Attestation a = latest.get();
      Check check =
          catalog.stream()
              .filter(c -> c.info().id().equals(r.info().id()))
              .findFirst()
              .orElseThrow();
      LocalDate lastDay = lastValidDay(a, check);
      String by =
          "attested by "
              + a.getAttestedBy()
              + " on "
              + a.getAttestedAt()
              + " ("
              + a.getEvidence()
              + ")";
      if (today.isAfter(lastDay)) {
        out.add(r.withState(CheckState.Expired, by + "; expired after " + lastDay, true, 0));
      } else {
        out.add(r.withState(CheckState.Attested, by + "; valid until " + lastDay, true, 1));
      }
    }
    return out;
  }

  /**
   * The last day a sign-off holds: expires, else attestedAt + validFor, else attestedAt + the
   * item's own validity.
   */
  public static LocalDate lastValidDay(Attestation a, Check check) {
    if (a.getExpires() != null) {
      return LocalDate.parse(a.getExpires());
    }
    LocalDate from = LocalDate.parse(a.getAttestedAt());
    long days =
        a.getValidFor() != null
            ? AttestedCatalog.days(a.getValidFor()).toDays()
            : check.info().attestationValidity().toDays();
    return from.plusDays(days);
  }
}
