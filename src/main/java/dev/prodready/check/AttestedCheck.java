package dev.prodready.check;

import java.time.Duration;

/**
 * A checklist item no API object can prove (a restore drill, a runbook, staging parity). It stays
 * Manual until spec.attestations signs it off; entries live in
 * src/main/resources/attested-checks.yaml, one entry per item.
 *
 * @param validity how long a sign-off holds when the attestation sets neither validFor nor expires
 */
public record AttestedCheck(CheckInfo info, Duration validity) implements Check {

  @Override
  public boolean attestable() {
    return true;
  }

  @Override
  public String evidence() {
    return "Only a sign-off in spec.attestations (who, evidence, when); Manual until then, Expired after "
        + validity.toDays()
        + " days unless the attestation sets its own validity.";
  }

  @Override
  public Duration attestationValidity() {
    return validity;
  }
}
