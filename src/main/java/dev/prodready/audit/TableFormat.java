package dev.prodready.audit;

import java.io.PrintStream;

/** The checklist of each namespace, one after the other (ChecklistTable). */
final class TableFormat implements ReportFormat {

  @Override
  public void write(AuditReport report, PrintStream out) {
    boolean first = true;
    for (NamespaceReport ns : report.namespaces()) {
      if (!first) {
        out.println();
      }
      first = false;
      ChecklistTable.print(ns.profile(), out);
    }
    if (report.namespaces().isEmpty()) {
      out.println(
          "no namespace to score: the input holds no workloads, services or other namespaced objects");
    }
  }
}
