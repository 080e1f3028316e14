package dev.prodready.audit;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.CheckStatus;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.api.v1alpha1.Summary;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A profile's status as a checklist, failed items first, offenders of failing items indented
 * beneath them: what `make demo` prints (from `kubectl get rp -o json`) and what `prodready audit
 * --format table` prints.
 */
public final class ChecklistTable {

  /** What needs attention first, what does not count last. */
  private static final List<CheckState> STATE_ORDER =
      List.of(
          CheckState.Fail,
          CheckState.Expired,
          CheckState.Error,
          CheckState.Manual,
          CheckState.Exempted,
          CheckState.Attested,
          CheckState.Pass,
          CheckState.NotApplicable,
          CheckState.Skipped);

  private static final Set<CheckState> FAILING =
      Set.of(CheckState.Fail, CheckState.Expired, CheckState.Error);
  private static final List<String> COLUMNS = List.of("STATE", "PRIORITY", "ID", "REF", "MESSAGE");
  private static final List<Function<CheckStatus, Object>> CELLS =
      List.of(
          CheckStatus::state,
          CheckStatus::priority,
          CheckStatus::id,
          CheckStatus::ref,
          CheckStatus::message);

  private ChecklistTable() {}

  public static void print(ReadinessProfile profile, PrintStream out) {
    ReadinessProfileStatus status =
        profile.getStatus() == null ? ReadinessProfileStatus.EMPTY : profile.getStatus();
    out.println(headline(profile, status));
    if (status.conditions() != null) {
      status.conditions().stream()
          .filter(c -> "Ready".equals(c.getType()) && !"True".equals(c.getStatus()))
          .forEach(c -> out.println("not evaluated: " + c.getReason() + ": " + c.getMessage()));
    }
    List<CheckStatus> checks =
        status.checks() == null
            ? List.of()
            : status.checks().stream()
                .sorted(
                    Comparator.comparing((CheckStatus c) -> rank(c.state(), STATE_ORDER))
                        .thenComparing(c -> rank(c.priority(), List.of(Priority.values())))
                        .thenComparing(c -> Objects.requireNonNullElse(c.id(), "")))
                .toList();
    if (checks.isEmpty()) {
      out.println("no checks in the status yet");
      return;
    }
    var rows =
        checks.stream()
            .map(
                c ->
                    CELLS.stream()
                        .map(f -> f.apply(c) == null ? "" : String.valueOf(f.apply(c)))
                        .toList())
            .toList();
    // Every column but the last is padded to its widest cell; MESSAGE runs to the end of the line.
    var widths = new ArrayList<Integer>();
    for (int i = 0; i < COLUMNS.size() - 1; i++) {
      int column = i;
      widths.add(
          Math.max(
              COLUMNS.get(i).length(),
              rows.stream().mapToInt(r -> r.get(column).length()).max().orElse(0)));
    }
    out.println();
    out.println(line(COLUMNS, widths));
    String indent = " ".repeat(widths.get(0) + 2);
    for (int i = 0; i < checks.size(); i++) {
      CheckStatus check = checks.get(i);
      out.println(line(rows.get(i), widths).stripTrailing());
      if (FAILING.contains(check.state())) {
        List<String> offenders = check.offenders() == null ? List.of() : check.offenders();
        offenders.forEach(o -> out.println(indent + "- " + o));
        int hidden = Objects.requireNonNullElse(check.offenderCount(), 0) - offenders.size();
        if (hidden > 0) {
          out.println(indent + "  ... and " + hidden + " more");
        }
      }
    }
  }

  static String headline(ReadinessProfile profile, ReadinessProfileStatus status) {
    var meta = profile.getMetadata();
    var parts = new ArrayList<String>();
    parts.add("ReadinessProfile " + meta.getNamespace() + "/" + meta.getName() + ":");
    if (status.score() != null) {
      parts.add(
          "score " + status.score() + ", grade " + status.grade() + ", gate " + status.gate());
    }
    var counts = new ArrayList<String>();
    counts(status.summary())
        .forEach(
            (label, count) -> {
              if (count != 0) {
                counts.add(count + " " + label);
              }
            });
    if (!counts.isEmpty()) {
      parts.add("(" + String.join(", ", counts) + ")");
    }
    return String.join(" ", parts);
  }

  /** Summary counts by field name, in the alphabetical order `kubectl get -o json` prints them. */
  private static Map<String, Integer> counts(Summary s) {
    var counts = new TreeMap<String, Integer>();
    if (s != null) {
      counts.put("passed", s.passed());
      counts.put("failed", s.failed());
      counts.put("exempted", s.exempted());
      counts.put("manual", s.manual());
      counts.put("attested", s.attested());
      counts.put("expired", s.expired());
      counts.put("notApplicable", s.notApplicable());
      counts.put("skipped", s.skipped());
      counts.put("error", s.error());
    }
    return counts;
  }

  private static <T> int rank(T value, List<T> order) {
    int i = order.indexOf(value);
    return i < 0 ? order.size() : i;
  }

  private static String line(List<String> cells, List<Integer> widths) {
    var sb = new StringBuilder();
    for (int i = 0; i < widths.size(); i++) {
      sb.append(String.format("%-" + widths.get(i) + "s", cells.get(i))).append("  ");
    }
    return sb.append(cells.get(cells.size() - 1)).toString();
  }
}
