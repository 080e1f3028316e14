package dev.prodready.audit;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.check.CheckResult;
import dev.prodready.kube.ObjectRefs;
import java.io.PrintStream;
import java.util.List;

/**
 * JUnit XML as CI servers read it: one testsuite per namespace, one testcase per check (failure for
 * Fail and Expired, error for Error, skipped for NotApplicable, Skipped and Manual) plus a "gate"
 * testcase that fails when the gate does. Offenders are listed with the file and line of each
 * object.
 */
final class JunitFormat implements ReportFormat {

  @Override
  public boolean everyOffender() {
    return true;
  }

  @Override
  public void write(AuditReport report, PrintStream out) {
    var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    var suites = new StringBuilder();
    for (NamespaceReport ns : report.namespaces()) {
      var cases = new StringBuilder();
      int suiteTests = 0;
      int suiteFailures = 0;
      int suiteErrors = 0;
      int suiteSkipped = 0;
      if (ns.evaluated()) {
        for (CheckResult r : ns.evaluation().results()) {
          suiteTests++;
          String name = r.info().id();
          cases
              .append("    <testcase classname=\"")
              .append(attr(ns.namespace()))
              .append("\" name=\"")
              .append(attr(name))
              .append("\">\n");
          if (r.failing()) {
            suiteFailures++;
            cases
                .append("      <failure type=\"")
                .append(r.priority())
                .append("\" message=\"")
                .append(attr(r.message()))
                .append("\">")
                .append(text(offenders(ns, r)))
                .append("</failure>\n");
          } else if (r.state() == CheckState.Error) {
            suiteErrors++;
            cases.append("      <error message=\"").append(attr(r.message())).append("\"/>\n");
          } else if (r.state() == CheckState.NotApplicable
              || r.state() == CheckState.Skipped
              || r.state() == CheckState.Manual) {
            suiteSkipped++;
            cases
                .append("      <skipped message=\"")
                .append(attr(r.state() + ": " + r.message()))
                .append("\"/>\n");
          } else {
            cases
                .append("      <system-out>")
                .append(text(r.state() + ": " + r.message()))
                .append("</system-out>\n");
          }
          cases.append("    </testcase>\n");
        }
      }
      suiteTests++;
      var status = ns.profile().getStatus();
      cases
          .append("    <testcase classname=\"")
          .append(attr(ns.namespace()))
          .append("\" name=\"gate\">\n");
      boolean gatePassed = status.gate() == GateResult.Pass;
      if (!gatePassed) {
        suiteFailures++;
        String reason =
            status.conditions().stream()
                .filter(c -> !"True".equals(c.getStatus()))
                .map(c -> c.getMessage())
                .findFirst()
                .orElse("gate " + status.gate());
        cases
            .append("      <failure type=\"Gate\" message=\"")
            .append(attr(reason))
            .append("\"/>\n");
      }
      cases.append("    </testcase>\n");
      suites
          .append("  <testsuite name=\"")
          .append(attr(ns.namespace()))
          .append("\" tests=\"")
          .append(suiteTests)
          .append("\" failures=\"")
          .append(suiteFailures)
          .append("\" errors=\"")
          .append(suiteErrors)
          .append("\" skipped=\"")
          .append(suiteSkipped)
          .append("\">\n");
      suites.append("    <properties>\n");
      property(suites, "profile", ns.profile().getMetadata().getName());
      property(suites, "score", String.valueOf(status.score()));
      property(suites, "grade", String.valueOf(status.grade()));
      property(suites, "gate", String.valueOf(status.gate()));
      suites.append("    </properties>\n").append(cases).append("  </testsuite>\n");
      tests += suiteTests;
      failures += suiteFailures;
      errors += suiteErrors;
      skipped += suiteSkipped;
    }
    xml.append("<testsuites name=\"prodready audit\" tests=\"")
        .append(tests)
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"")
        .append(errors)
        .append("\" skipped=\"")
        .append(skipped)
        .append("\">\n")
        .append(suites)
        .append("</testsuites>\n");
    out.print(xml);
  }

  private static String offenders(NamespaceReport ns, CheckResult r) {
    List<String> offenders =
        r.offenders().isEmpty()
            ? List.of(ObjectRefs.namespace(ns.namespace()) + ": " + r.message())
            : r.offenders();
    var sb = new StringBuilder();
    for (String offender : offenders) {
      Source source = ns.input().locate(SarifFormat.ref(offender));
      sb.append(offender).append(source == null ? "" : " (" + source + ")").append('\n');
    }
    return sb.toString();
  }

  private static void property(StringBuilder sb, String name, String value) {
    sb.append("      <property name=\"")
        .append(attr(name))
        .append("\" value=\"")
        .append(attr(value))
        .append("\"/>\n");
  }

  static String text(String s) {
    var sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? '?' : c);
      }
    }
    return sb.toString();
  }

  static String attr(String s) {
    return text(s == null ? "" : s).replace("\"", "&quot;").replace("\n", "&#10;");
  }
}
