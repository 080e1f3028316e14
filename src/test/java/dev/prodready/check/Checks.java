package dev.prodready.check;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every concrete check on the class path, found the way CDI finds them (by type, not by a list), plus the attested
 * entries, so plain unit tests can run the whole catalog without booting Quarkus. The mock-server test
 * cdiCollectsExactlyTheChecksOnTheClassPath proves CDI sees the same set.
 */
public final class Checks {

  private Checks() {
  }

  public static List<Check> all() {
    try {
      Path root = Path.of(Check.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path pkg = root.resolve("dev/prodready/check");
      var checks = new ArrayList<Check>();
      try (Stream<Path> files = Files.walk(pkg)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
          String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
          Class<?> type = Class.forName(name);
          if (Check.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
              && !type.isRecord()) {
            checks.add((Check) type.getDeclaredConstructor().newInstance());
          }
        }
      }
      checks.addAll(AttestedCatalog.load());
      return checks;
    } catch (IOException | URISyntaxException | ReflectiveOperationException e) {
      throw new IllegalStateException("cannot list checks", e);
    }
  }

  public static CheckEngine engine() {
    return new CheckEngine(all());
  }
}
