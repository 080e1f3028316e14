package dev.prodready.check;

import dev.prodready.api.v1alpha1.ExemptionSource;
import dev.prodready.api.v1alpha1.ExemptionState;
import dev.prodready.api.v1alpha1.ExemptionStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Bounds what workload annotations copy into a profile's status. Annotations are user input of up
 * to 256 KiB per object; copied whole into every exemption entry, a few junk annotations would push
 * the status past etcd's request limit, and then no status could be written for the namespace at
 * all.
 */
final class AnnotationText {

  /** Longest annotation-derived text (reason, check list, expiry) kept in one status entry. */
  static final int MAX_CHARS = 256;

  /** Rejected annotations listed one by one; the rest are counted in one summary entry. */
  static final int MAX_REJECTED = 20;

  /** Unknown check ids named in a rejection reason; the rest are counted. */
  static final int MAX_IDS_NAMED = 5;

  private AnnotationText() {}

  static String shorten(String text) {
    if (text == null || text.length() <= MAX_CHARS) {
      return text;
    }
    return text.substring(0, MAX_CHARS)
        + "... ("
        + (text.length() - MAX_CHARS)
        + " more characters)";
  }

  /** "a, b, c" or "a, b, c, d, e and 37 more". */
  static String firstIds(Collection<String> ids) {
    var named = ids.stream().limit(MAX_IDS_NAMED).map(AnnotationText::shorten).toList();
    String text = String.join(", ", named);
    return ids.size() > named.size()
        ? text + " and " + (ids.size() - named.size()) + " more"
        : text;
  }

  /**
   * The first {@link #MAX_REJECTED} rejections, plus one entry saying how many more were not
   * listed.
   */
  static List<ExemptionStatus> capRejected(List<ExemptionStatus> rejected) {
    if (rejected.size() <= MAX_REJECTED) {
      return rejected;
    }
    var capped = new ArrayList<>(rejected.subList(0, MAX_REJECTED));
    int more = rejected.size() - MAX_REJECTED;
    capped.add(
        new ExemptionStatus(
            "*",
            "(" + more + " more workloads)",
            more
                + " more rejected "
                + Exemptions.ANNOTATION
                + " annotations are not listed; fix the listed ones first",
            null,
            null,
            ExemptionSource.Annotation,
            ExemptionState.Rejected));
    return capped;
  }
}
