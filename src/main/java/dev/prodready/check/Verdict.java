package dev.prodready.check;

/**
 * The outcome of a check for one workload or for the namespace, with a short human-readable detail.
 */
public record Verdict(Outcome outcome, String detail) {

  /**
   * MANUAL: the cluster cannot tell (for example no tool of the kind is installed); a person may
   * attest it.
   */
  public enum Outcome {
    PASS,
    FAIL,
    NOT_APPLICABLE,
    MANUAL
  }

  private static final Verdict PASS = new Verdict(Outcome.PASS, "");

  public static Verdict pass() {
    return PASS;
  }

  public static Verdict pass(String detail) {
    return new Verdict(Outcome.PASS, detail);
  }

  public static Verdict fail(String detail) {
    return new Verdict(Outcome.FAIL, detail);
  }

  public static Verdict notApplicable(String reason) {
    return new Verdict(Outcome.NOT_APPLICABLE, reason);
  }

  public static Verdict manual(String reason) {
    return new Verdict(Outcome.MANUAL, reason);
  }

  public boolean failed() {
    return outcome == Outcome.FAIL;
  }
}
