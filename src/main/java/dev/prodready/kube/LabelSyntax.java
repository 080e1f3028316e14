package dev.prodready.kube;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API server's syntax rules for label keys and values. The CRD schema cannot express them for
 * map keys, and a key the API server would never accept on an object can match nothing, so a
 * selector using one is a mistake to report.
 */
public final class LabelSyntax {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final int MAX_NAME = 63;
  private static final int MAX_PREFIX = 253;

  /** Longest invalid input quoted back in a message. */
  private static final int MAX_QUOTED = 80;

  private LabelSyntax() {}

  /** Why {@code key} is not a valid label key ("[prefix/]name"), or empty when it is. */
  public static Optional<String> keyProblem(String key) {
    if (key == null || key.isEmpty()) {
      return Optional.of("must not be empty");
    }
    int slash = key.indexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      if (prefix.isEmpty() || prefix.length() > MAX_PREFIX || !isDnsSubdomain(prefix)) {
        return Optional.of(
            "'"
                + quote(key)
                + "' has an invalid prefix: it must be a DNS subdomain (lower case "
                + "alphanumerics, '-' and '.', at most 253 characters)");
      }
    }
    if (name.isEmpty() || name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
      return Optional.of(
          "'"
              + quote(key)
              + "' is not a valid label key: the name part must be 1 to 63 "
              + "alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric");
    }
    return Optional.empty();
  }

  /** Why {@code value} is not a valid label value (empty is valid), or empty when it is. */
  public static Optional<String> valueProblem(String value) {
    if (value == null) {
      return Optional.of("must not be null");
    }
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.length() > MAX_NAME || !NAME.matcher(value).matches()) {
      return Optional.of(
          "'"
              + quote(value)
              + "' is not a valid label value: at most 63 alphanumerics, '-', '_' or "
              + "'.', starting and ending with an alphanumeric");
    }
    return Optional.empty();
  }

  private static boolean isDnsSubdomain(String prefix) {
    for (String label : prefix.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > MAX_NAME || !DNS_LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  private static String quote(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
  }
}
