package dev.prodready.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prodready.api.v1alpha1.Attestation;
import dev.prodready.api.v1alpha1.Exemption;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.check.CheckEngine;
import dev.prodready.check.Checks;
import dev.prodready.check.Fixture;
import dev.prodready.evaluation.Evaluator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The next expiry is the earliest last day among active exemptions and attestations that currently
 * count.
 */
class NextExpiryTest {

  private static final CheckEngine ENGINE = Checks.engine();

  private static Optional<LocalDate> nextExpiry(ReadinessProfileSpec spec, String today)
      throws Exception {
    var snapshot = Fixture.load(Path.of("src/test/resources/signoff/namespace.yaml")).snapshot();
    var results =
        new Evaluator(ENGINE).evaluate(snapshot, spec, LocalDate.parse(today), 10).results();
    return NextExpiry.of(results, spec.getAttestations(), ENGINE.catalog());
  }

  @Test
  void earliestActiveExemptionOrAttestation() throws Exception {
    var exemption = new Exemption();
    exemption.setChecks(List.of("liveness-probe"));
    exemption.setWorkloads(List.of("api"));
    exemption.setReason("vendor image, ticket OPS-12");
    exemption.setExpires("2027-01-31");
    var attestation = new Attestation();
    attestation.setCheck("restore-tested");
    attestation.setAttestedBy("team-sre");
    attestation.setEvidence("https://wiki/dr-drill-2026-10");
    attestation.setAttestedAt("2026-10-02");
    var spec = new ReadinessProfileSpec();
    spec.setExemptions(List.of(exemption));
    spec.setAttestations(List.of(attestation));

    assertEquals(
        Optional.of(LocalDate.parse("2026-12-31")),
        nextExpiry(spec, "2026-11-26"),
        "the attestation (90 days)");
    assertEquals(
        Optional.of(LocalDate.parse("2027-01-31")),
        nextExpiry(spec, "2027-01-10"),
        "the attestation has expired; the exemption is next");
    assertEquals(Optional.empty(), nextExpiry(spec, "2027-02-01"), "nothing active is left");
    assertEquals(Optional.empty(), nextExpiry(new ReadinessProfileSpec(), "2026-11-26"));
  }
}
