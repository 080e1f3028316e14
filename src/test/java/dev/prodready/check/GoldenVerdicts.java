package dev.prodready.check;

import dev.prodready.api.v1alpha1.CheckState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expectation table of one corpus namespace (expected.md): one Markdown table row per catalog
 * check, {@code | `check-id` | State | reason |}. Other lines (headings, prose, the table header)
 * are ignored. Rows that cannot be read (an unknown state, a check named twice, no reason) are
 * reported as problems rather than skipped.
 */
record GoldenVerdicts(Map<String, Expected> byCheck, List<String> problems) {

  /** One row: the state the checklist means, and why. */
  record Expected(CheckState state, String reason) {}

  private static final Pattern ROW =
      Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*([A-Za-z]+)\\s*\\|(.*)\\|\\s*$");

  static GoldenVerdicts load(Path table) throws IOException {
    var byCheck = new LinkedHashMap<String, Expected>();
    var problems = new ArrayList<String>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(table)) {
      lineNumber++;
      Matcher row = ROW.matcher(line.trim());
      if (!row.matches()) {
        continue;
      }
      String id = row.group(1).trim();
      String where = table.getFileName() + ":" + lineNumber;
      CheckState state;
      try {
        state = CheckState.valueOf(row.group(2));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + id + " expects unknown state " + row.group(2));
        continue;
      }
      String reason = row.group(3).trim();
      if (reason.isEmpty()) {
        problems.add(where + ": " + id + " has no reason");
      }
      if (byCheck.put(id, new Expected(state, reason)) != null) {
        problems.add(where + ": " + id + " is named twice");
      }
    }
    return new GoldenVerdicts(byCheck, problems);
  }
}
