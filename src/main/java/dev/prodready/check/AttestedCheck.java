package dev.prodready.check;

/**
 * A checklist item no API object can prove (a restore drill, a runbook, staging parity). It stays
 * Manual until spec.attestations signs it off; entries live in
 * src/main/resources/attested-checks.yaml, one entry per item.
 */
public record AttestedCheck(CheckInfo info) implements Check {

  public AttestedCheck {
    if (!info.attestable()) {
      throw new IllegalArgumentException(info.id() + ": an attested item must allow attestation");
    }
  }

  @Override
  public String evidence() {
    return "Only a sign-off in spec.attestations (who, evidence, when); Manual until then, Expired after "
        + info.attestationValidity().toDays()
        + " days unless the attestation sets its own validity.";
  }
}
