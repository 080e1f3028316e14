package dev.prodready.check;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.prodready.api.v1alpha1.Category;
import dev.prodready.api.v1alpha1.Priority;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Loads the attested items from attested-checks.yaml, so adding one is adding an entry. */
public final class AttestedCatalog {

  static final String RESOURCE = "/attested-checks.yaml";

  private AttestedCatalog() {}

  public static List<AttestedCheck> load() {
    try (InputStream in = AttestedCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      List<Map<String, String>> entries = Serialization.unmarshal(in, new TypeReference<>() {});
      return entries.stream().map(AttestedCatalog::entry).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AttestedCheck entry(Map<String, String> e) {
    return new AttestedCheck(
        CheckInfo.of(
                e.get("id"),
                e.get("ref"),
                Category.valueOf(e.get("category")),
                Priority.valueOf(e.get("priority")))
            .title(e.get("title"))
            .why(e.get("why"))
            .hint(e.get("hint"))
            .allowsAttestation(days(e.getOrDefault("validity", "365d"))));
  }

  static Duration days(String value) {
    if (!value.matches("^[1-9]\\d{0,3}d$")) {
      throw new IllegalArgumentException("validity must be a number of days like 90d: " + value);
    }
    return Duration.ofDays(Long.parseLong(value.substring(0, value.length() - 1)));
  }
}
