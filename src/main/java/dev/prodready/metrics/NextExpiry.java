package dev.prodready.metrics;

import dev.prodready.api.v1alpha1.Attestation;
import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.ExemptionState;
import dev.prodready.check.Attestations;
import dev.prodready.check.Check;
import dev.prodready.check.CheckResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The last day of the sign-off that ends first in a namespace: an active exemption or an
 * attestation that currently counts as Attested. Feeds prodready_next_expiry_timestamp_seconds, so
 * an alert can warn before the score drops.
 */
public final class NextExpiry {

  private NextExpiry() {}

  public static Optional<LocalDate> of(
      List<CheckResult> results, List<Attestation> attestations, List<Check> catalog) {
    var days = new ArrayList<LocalDate>();
    results.stream()
        .flatMap(r -> r.exemptions().stream())
        .filter(e -> e.state() == ExemptionState.Active && e.expires() != null)
        .forEach(e -> days.add(LocalDate.parse(e.expires())));
    if (attestations != null) {
      results.stream()
          .filter(r -> r.state() == CheckState.Attested)
          .forEach(
              r ->
                  attestations.stream()
                      .filter(a -> a.getCheck().equals(r.info().id()))
                      .max(Comparator.comparing(Attestation::getAttestedAt))
                      .ifPresent(
                          a ->
                              catalog.stream()
                                  .filter(c -> c.info().id().equals(a.getCheck()))
                                  .findFirst()
                                  .ifPresent(
                                      check -> days.add(Attestations.lastValidDay(a, check)))));
    }
    return days.stream().min(Comparator.naturalOrder());
  }
}
