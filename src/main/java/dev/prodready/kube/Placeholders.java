package dev.prodready.kube;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Values copied from an example and never filled in. A link is a placeholder when it is not an
 * http(s) URL, its host is reserved for documentation or local use (example.com/.net/.org and their
 * subdomains, the .example, .test, .invalid and .localhost top-level domains of RFC 2606,
 * localhost, 127.0.0.1), or it contains a to-do marker (TODO, TBD, FIXME, CHANGEME, placeholder,
 * xxx). A templated link ({{ ... }}) is taken as real: it is filled at alert time.
 */
public final class Placeholders {

  private static final Pattern MARKER =
      Pattern.compile(
          "todo|tbd|fixme|changeme|change-me|placeholder|xxx", Pattern.CASE_INSENSITIVE);
  private static final Pattern RESERVED_HOST =
      Pattern.compile(
          "^(.*\\.)?example\\.(com|net|org)$|.*\\.(example|test|invalid|localhost)$|^localhost$|^127\\.\\d+\\.\\d+\\.\\d+$");

  private Placeholders() {}

  /** Why the link is not a real one, or null when it looks real. */
  public static String whyNotALink(String value) {
    if (value == null || value.isBlank()) {
      return "missing";
    }
    String v = value.trim();
    if (v.contains("{{")) {
      return null;
    }
    if (MARKER.matcher(v).find()) {
      return "a to-do placeholder";
    }
    try {
      URI uri = new URI(v);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return "not an http(s) link";
      }
      return RESERVED_HOST.matcher(uri.getHost().toLowerCase(Locale.ROOT)).matches()
          ? "a placeholder host (" + uri.getHost() + ")"
          : null;
    } catch (URISyntaxException e) {
      return "not an http(s) link";
    }
  }
}
