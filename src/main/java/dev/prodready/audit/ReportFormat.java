package dev.prodready.audit;

import java.io.PrintStream;

/** One --format. */
public interface ReportFormat {

  void write(AuditReport report, PrintStream out);

  /**
   * Whether the format lists every offender (SARIF, JUnit) rather than the capped list the status
   * holds.
   */
  default boolean everyOffender() {
    return false;
  }
}
