package dev.prodready.check;

import io.quarkus.arc.All;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog: every Check bean (automated checks, collected by type) plus the attested entries.
 */
public class CatalogProducer {

  @Produces
  @Singleton
  CheckEngine engine(@All List<Check> automated) {
    var all = new ArrayList<Check>(automated);
    all.addAll(AttestedCatalog.load());
    return new CheckEngine(all);
  }
}
