package dev.prodready.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prodready.api.v1alpha1.Priority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every item of the checklist's seven tables is in the catalog (automated or attested) at the
 * checklist's priority; none is silently dropped. The item list is vendored in checklist/items.tsv
 * and compared with the source when the source
 * (../shared/reference/production-readiness-checklist.txt) is present.
 */
class ChecklistCoverageTest {

  static final Path ITEMS = Path.of("src/test/resources/checklist/items.tsv");
  static final Path SOURCE = Path.of("../shared/reference/production-readiness-checklist.txt");
  private static final Map<String, String> SECTIONS =
      Map.of(
          "Resource Management#",
          "Resources",
          "Reliability#",
          "Reliability",
          "Security#",
          "Security",
          "Observability#",
          "Observability",
          "Networking#",
          "Networking",
          "Backup & Disaster Recovery#",
          "Backup & DR",
          "CI/CD#",
          "CI/CD");
  private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d+) \\|$");

  record Item(String category, int number, Priority priority, String text) {
    String ref() {
      return category + " #" + number;
    }
  }

  static List<Item> vendored() throws IOException {
    return Files.readAllLines(ITEMS).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank())
        .map(l -> l.split("\t", -1))
        .map(f -> new Item(f[0], Integer.parseInt(f[1]), Priority.valueOf(f[2]), f[3]))
        .toList();
  }

  /**
   * The checklist's tables come as one cell per line: "N |", "item |", "☐ |", "priority |", "notes
   * |".
   */
  static List<Item> parse(List<String> lines) {
    var items = new ArrayList<Item>();
    String section = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (SECTIONS.containsKey(line)) {
        section = SECTIONS.get(line);
      }
      var row = ROW_NUMBER.matcher(line);
      if (section != null
          && row.matches()
          && i + 3 < lines.size()
          && lines.get(i + 2).strip().equals("☐ |")) {
        items.add(
            new Item(
                section,
                Integer.parseInt(row.group(1)),
                Priority.valueOf(cell(lines.get(i + 3))),
                cell(lines.get(i + 1))));
        i += 3;
      }
    }
    return items;
  }

  private static String cell(String line) {
    String s = line.strip();
    return (s.endsWith("|") ? s.substring(0, s.length() - 1) : s).strip();
  }

  @Test
  void vendoredListMatchesTheChecklist() throws IOException {
    Assumptions.assumeTrue(Files.exists(SOURCE), "checklist source not beside the repository");
    assertEquals(parse(Files.readAllLines(SOURCE)), vendored());
  }

  @Test
  void theSevenTablesHave80Items() throws IOException {
    assertEquals(80, vendored().size());
  }

  @Test
  void everyItemIsInTheCatalogAtItsChecklistPriority() throws IOException {
    List<Check> catalog = Checks.all();
    var missing = new ArrayList<String>();
    for (Item item : vendored()) {
      var entries = catalog.stream().filter(c -> c.info().ref().equals(item.ref())).toList();
      if (entries.isEmpty()) {
        missing.add(item.ref() + " (" + item.text() + ") has no catalog entry");
      }
      entries.stream()
          .filter(c -> c.info().priority() != item.priority())
          .forEach(
              c ->
                  missing.add(
                      c.info().id()
                          + " has priority "
                          + c.info().priority()
                          + " but "
                          + item.ref()
                          + " is "
                          + item.priority()));
    }
    assertEquals(List.of(), missing);
  }
}
