package dev.prodready.check;

import java.util.List;

/**
 * The catalog for plain unit tests, without booting Quarkus: {@link CheckCatalog}, as `prodready
 * audit` builds it.
 */
public final class Checks {

  private Checks() {}

  public static List<Check> all() {
    return CheckCatalog.all();
  }

  public static CheckEngine engine() {
    return CheckCatalog.engine();
  }
}
