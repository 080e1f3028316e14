package dev.prodready.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown table of the chart's values, generated from values.yaml: each value is documented by
 * the `# --` comment block right above it (continued by further `#` lines); nested keys are written
 * with dots. A documented key whose value is a map (resources, podSecurityContext) is one row
 * showing the whole default.
 */
final class ValuesTable {

  private ValuesTable() {}

  record Row(String key, String defaultValue, String description) {}

  static List<Row> rows(String valuesYaml) {
    var rows = new ArrayList<Row>();
    var path = new ArrayList<String>();
    var indents = new ArrayList<Integer>();
    List<String> lines = valuesYaml.lines().toList();
    StringBuilder doc = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.strip();
      if (trimmed.startsWith("# -- ")) {
        doc = new StringBuilder(trimmed.substring(5));
        continue;
      }
      if (trimmed.startsWith("#")) {
        if (doc != null) {
          doc.append(' ').append(trimmed.substring(1).strip());
        }
        continue;
      }
      if (trimmed.isEmpty() || !trimmed.contains(":")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
        indents.remove(indents.size() - 1);
        path.remove(path.size() - 1);
      }
      String key = trimmed.substring(0, trimmed.indexOf(':'));
      String value = trimmed.substring(trimmed.indexOf(':') + 1).strip();
      path.add(key);
      indents.add(indent);
      if (doc != null) {
        String shown = value.isEmpty() ? block(lines, i + 1, indent) : value;
        rows.add(new Row(String.join(".", path), shown, doc.toString()));
        doc = null;
      }
    }
    return rows;
  }

  /** The nested block of a map value, flowed onto one line. */
  private static String block(List<String> lines, int from, int indent) {
    var parts = new ArrayList<String>();
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        break;
      }
      if (line.length() - line.stripLeading().length() <= indent) {
        break;
      }
      parts.add(line.strip());
    }
    return String.join(" ", parts);
  }

  /** Keys with a value that are not documented (a documented map documents its children). */
  static List<String> undocumented(String valuesYaml) {
    var documented = rows(valuesYaml).stream().map(Row::key).toList();
    var missing = new ArrayList<String>();
    var path = new ArrayList<String>();
    var indents = new ArrayList<Integer>();
    for (String line : valuesYaml.lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()
          || trimmed.startsWith("#")
          || !trimmed.contains(":")
          || trimmed.startsWith("-")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
        indents.remove(indents.size() - 1);
        path.remove(path.size() - 1);
      }
      path.add(trimmed.substring(0, trimmed.indexOf(':')));
      indents.add(indent);
      String key = String.join(".", path);
      boolean leaf = !trimmed.substring(trimmed.indexOf(':') + 1).isBlank();
      boolean covered = documented.stream().anyMatch(d -> key.equals(d) || key.startsWith(d + "."));
      if (leaf && !covered) {
        missing.add(key);
      }
    }
    return missing;
  }

  static String markdown(String valuesYaml) {
    var out = new StringBuilder("| Value | Default | Description |\n| --- | --- | --- |\n");
    for (Row row : rows(valuesYaml)) {
      out.append("| `")
          .append(row.key())
          .append("` | `")
          .append(row.defaultValue().replace("|", "\\|"))
          .append("` | ")
          .append(row.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return out.toString();
  }
}
