package dev.prodready.check;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The catalog without CDI, for `prodready audit` and plain unit tests: every concrete {@link Check}
 * class under dev.prodready.check on the class path (a directory or a jar), found by type as CDI
 * finds them, plus the attested entries. No list to keep: the mock-server test
 * cdiCollectsExactlyTheChecksOnTheClassPath proves the operator's CDI catalog ({@link
 * CatalogProducer}) holds exactly the same checks.
 */
public final class CheckCatalog {

  private static final String PACKAGE = "dev/prodready/check/";

  private CheckCatalog() {}

  public static List<Check> all() {
    var checks = new ArrayList<Check>();
    try {
      for (String className : classNames()) {
        Class<?> type = Class.forName(className, false, CheckCatalog.class.getClassLoader());
        if (Check.class.isAssignableFrom(type)
            && !type.isInterface()
            && !Modifier.isAbstract(type.getModifiers())
            && !type.isRecord()) {
          checks.add((Check) type.getDeclaredConstructor().newInstance());
        }
      }
    } catch (IOException | URISyntaxException | ReflectiveOperationException e) {
      throw new IllegalStateException("cannot list the checks on the class path", e);
    }
    checks.addAll(AttestedCatalog.load());
    return checks;
  }

  public static CheckEngine engine() {
    return new CheckEngine(all());
  }

  /** Every optional CRD ("group/Kind") a check of the catalog reads, needed or not. */
  public static Set<String> optionalKinds(List<? extends Check> catalog) {
    var kinds = new TreeSet<String>();
    catalog.forEach(
        c -> {
          c.info().requiredCrds().forEach(crd -> kinds.add(crd.key()));
          c.info().optionalCrds().forEach(crd -> kinds.add(crd.key()));
        });
    return kinds;
  }

  private static List<String> classNames() throws IOException, URISyntaxException {
    Path root = Path.of(Check.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root.resolve(PACKAGE))) {
        return files
            .map(f -> root.relativize(f).toString().replace(File.separatorChar, '/'))
            .filter(CheckCatalog::isTopLevelClass)
            .map(CheckCatalog::className)
            .toList();
      }
    }
    try (JarFile jar = new JarFile(root.toFile())) {
      return jar.stream()
          .map(e -> e.getName())
          .filter(n -> n.startsWith(PACKAGE) && isTopLevelClass(n))
          .map(CheckCatalog::className)
          .toList();
    }
  }

  private static boolean isTopLevelClass(String path) {
    return path.endsWith(".class") && !path.contains("$");
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }
}
