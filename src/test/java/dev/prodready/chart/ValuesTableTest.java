package dev.prodready.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every value of helm/prodready/values.yaml is documented, and README.md's values table is
 * generated from those comments (`make docs` rewrites it between the two markers).
 */
class ValuesTableTest {

  static final Path VALUES = Path.of("helm/prodready/values.yaml");
  static final Path README = Path.of("README.md");
  static final String BEGIN =
      "<!-- values-table:begin (generated from helm/prodready/values.yaml by `make docs`) -->\n";
  static final String END = "<!-- values-table:end -->";

  @Test
  void everyValueIsDocumented() throws IOException {
    assertEquals(List.of(), ValuesTable.undocumented(Files.readString(VALUES)));
  }

  @Test
  void readmeTableMatchesValuesYaml() throws IOException {
    String table = ValuesTable.markdown(Files.readString(VALUES));
    String readme = Files.readString(README);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertTrue(
        begin >= 0 && end > begin, "README.md needs the markers " + BEGIN.strip() + " and " + END);
    String updated = readme.substring(0, begin + BEGIN.length()) + table + readme.substring(end);
    if (Boolean.getBoolean("updateDocs")) {
      Files.writeString(README, updated);
    }
    assertEquals(
        updated, Files.readString(README), "README.md's values table is stale: run `make docs`");
  }

  @Test
  void aMissingCommentIsFound() {
    assertEquals(
        List.of("b.c"),
        ValuesTable.undocumented(
            """
        # -- documented
        a: 1
        b:
          c: 2
        """));
  }
}
