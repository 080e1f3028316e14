package dev.prodready.check;

/** The outcome of a check for one workload or for the namespace, with a short human-readable detail. */
public record Verdict(Outcome outcome, String detail) {

  public enum Outcome { PASS, FAIL, NOT_APPLICABLE }

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

  public boolean failed() {
    return outcome == Outcome.FAIL;
  }
}
