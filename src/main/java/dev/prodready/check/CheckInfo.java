package dev.prodready.check;

import dev.prodready.api.v1alpha1.Category;
import dev.prodready.api.v1alpha1.Priority;
import java.util.regex.Pattern;

/**
 * What a catalog item is. The id is a literal chosen once and never derived from the title, so
 * renaming a title does not break users' excludes, overrides and exemptions.
 *
 * @param ref checklist reference, for example "Security #5"
 * @param title what must hold, phrased as the passing state
 * @param why the one-line reason a platform engineer should care
 * @param hint how to fix a failure
 */
public record CheckInfo(
    String id,
    String ref,
    Category category,
    Priority priority,
    String title,
    String why,
    String hint) {

  private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  private static final Pattern REF =
      Pattern.compile(
          "^(Resources|Reliability|Security|Observability|Networking|"
              + "Backup & DR|CI/CD) #\\d+$|^Golden rule #\\d+$");

  public CheckInfo {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("check id must be kebab-case: " + id);
    }
    if (!REF.matcher(ref).matches()) {
      throw new IllegalArgumentException(
          "checklist reference must look like 'Security #5': " + ref);
    }
  }
}
