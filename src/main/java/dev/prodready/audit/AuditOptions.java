package dev.prodready.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arguments of `prodready audit`, parsed and checked; a mistake is a {@link UsageException}.
 */
public record AuditOptions(
    List<String> paths,
    String namespace,
    String profile,
    List<String> assumeCrds,
    String format,
    FailOn failOn,
    int maxOffenders,
    LocalDate today) {

  public enum FailOn {
    gate,
    critical,
    never
  }

  public static final List<String> FORMATS = List.of("table", "json", "yaml", "sarif", "junit");

  /** A command line the user has to fix: exit code 2. */
  public static final class UsageException extends Exception {
    public UsageException(String message) {
      super(message);
    }
  }

  public static AuditOptions parse(List<String> args) throws UsageException {
    var paths = new ArrayList<String>();
    var assume = new ArrayList<String>();
    String namespace = "default";
    String profile = null;
    String format = "table";
    FailOn failOn = FailOn.gate;
    int maxOffenders = 10;
    LocalDate today = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "-f", "--filename" -> paths.add(value != null ? value : next(args, ++i, name));
        case "-n", "--namespace" -> namespace = value != null ? value : next(args, ++i, name);
        case "--profile" -> profile = value != null ? value : next(args, ++i, name);
        case "--assume-crds" -> {
          for (String crd : (value != null ? value : next(args, ++i, name)).split(",")) {
            if (!crd.isBlank()) {
              assume.add(crd.trim());
            }
          }
        }
        case "-o", "--format", "--output" -> {
          format = (value != null ? value : next(args, ++i, name)).toLowerCase(Locale.ROOT);
          if (!FORMATS.contains(format)) {
            throw new UsageException(
                "unknown format '" + format + "'; one of " + String.join(", ", FORMATS));
          }
        }
        case "--fail-on" -> {
          String v = value != null ? value : next(args, ++i, name);
          try {
            failOn = FailOn.valueOf(v.toLowerCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --fail-on '" + v + "'; one of gate, critical, never");
          }
        }
        case "--max-offenders" -> {
          String v = value != null ? value : next(args, ++i, name);
          try {
            maxOffenders = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            maxOffenders = -1;
          }
          if (maxOffenders < 1) {
            throw new UsageException("--max-offenders must be a positive number, got '" + v + "'");
          }
        }
        case "--today" -> {
          String v = value != null ? value : next(args, ++i, name);
          try {
            today = LocalDate.parse(v);
          } catch (DateTimeParseException e) {
            throw new UsageException("--today must be a date like 2027-01-31, got '" + v + "'");
          }
        }
        default ->
            throw new UsageException(
                arg.startsWith("-") && !arg.equals("-")
                    ? "unknown option " + arg
                    : "unexpected argument '" + arg + "' (input paths go after -f)");
      }
    }
    if (paths.isEmpty()) {
      throw new UsageException(
          "no input: give -f PATH (a file, a directory or - for standard input)");
    }
    if (paths.stream().filter("-"::equals).count() > 1) {
      throw new UsageException("standard input (-f -) can be read only once");
    }
    return new AuditOptions(
        List.copyOf(paths),
        namespace,
        profile,
        List.copyOf(assume),
        format,
        failOn,
        maxOffenders,
        today);
  }

  private static String next(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }
}
