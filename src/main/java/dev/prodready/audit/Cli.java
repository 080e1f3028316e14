package dev.prodready.audit;

import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.check.CheckCatalog;
import dev.prodready.check.CheckEngine;
import dev.prodready.evaluation.Evaluator;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * `prodready audit`: the operator's engine on manifests, offline. A plain main: no Quarkus, no
 * Kubernetes client, no HTTP server, no informers. Exit codes: 0 passed, 1 failed (--fail-on), 2
 * bad usage or unreadable input.
 */
public final class Cli {

  public static final int PASSED = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;

  static final String USAGE =
      """
      Usage: prodready audit -f PATH [-f PATH]... [options]

      Scores Kubernetes manifests with the operator's checks, score and gate, without a cluster.
      PATH is a file, a directory (read recursively: *.yaml, *.yml, *.json) or - for standard input.

      Options:
        -f, --filename PATH      input (repeatable)
        -n, --namespace NS       namespace of objects that set none (default: default)
            --profile FILE       a ReadinessProfile whose spec applies to every namespace (default: the input's own
                                 profile of each namespace, else an empty profile)
            --assume-crds LIST   optional CRDs to treat as served, comma-separated, as group/Kind or CRD name
                                 (e.g. monitoring.coreos.com/ServiceMonitor,schedules.velero.io)
        -o, --format FORMAT      table (default), json, yaml, sarif, junit
            --fail-on WHEN       gate (default): exit 1 when a namespace fails its gate;
                                 critical: exit 1 when a Critical check fails; never: exit 0
            --max-offenders N    offenders listed per check in table, json and yaml (default 10, as the operator)
            --today DATE         judge exemption and attestation expiry on this date (default: today, UTC)

      Exit codes: 0 passed, 1 failed, 2 bad usage or unreadable input (one line per problem on stderr).

      Other commands:
        prodready checklist [FILE|-]   print a ReadinessProfile (kubectl get rp NAME -o json) as a checklist
        prodready version
      """;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  public Cli(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    // A check that throws is reported as Error in the output; the engine's log line (with its stack
    // trace) would only
    // repeat it on stderr, where CI users expect one line per input problem.
    Logger.getLogger("").setLevel(Level.SEVERE);
    int code = new Cli(System.in, System.out, System.err).run(args);
    System.out.flush();
    System.exit(code);
  }

  public int run(String... args) {
    List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
    String command = args.length == 0 ? "help" : args[0];
    try {
      return switch (command) {
        case "audit" ->
            rest.contains("-h") || rest.contains("--help") ? help(out, PASSED) : audit(rest);
        case "checklist" -> checklist(rest);
        case "version", "--version" -> {
          out.println("prodready " + version());
          yield PASSED;
        }
        case "help", "-h", "--help" -> help(out, PASSED);
        default -> throw new AuditOptions.UsageException("unknown command '" + command + "'");
      };
    } catch (AuditOptions.UsageException e) {
      err.println("prodready: " + e.getMessage());
      err.println("Run 'prodready audit --help' for usage.");
      return BAD_INPUT;
    } catch (RuntimeException e) {
      // A bug, not the user's input (which is reported per file and line): one line, the trace only
      // on request.
      err.println(
          "prodready: internal error: " + e + " (PRODREADY_DEBUG=1 prints the stack trace)");
      if (System.getenv("PRODREADY_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return BAD_INPUT;
    }
  }

  private int help(PrintStream stream, int code) {
    stream.print(USAGE);
    return code;
  }

  private int audit(List<String> args) throws AuditOptions.UsageException {
    AuditOptions options = AuditOptions.parse(args);
    CheckEngine engine = CheckCatalog.engine();
    Set<String> optionalKinds = CheckCatalog.optionalKinds(engine.catalog());
    var unknownCrds = new ArrayList<String>();
    Set<String> assumed = ServedCrds.resolveAll(options.assumeCrds(), optionalKinds, unknownCrds);
    if (!unknownCrds.isEmpty()) {
      throw new AuditOptions.UsageException(
          "--assume-crds: no check reads "
              + String.join(", ", unknownCrds)
              + "; the optional CRDs are "
              + String.join(", ", optionalKinds));
    }
    KubernetesSerialization serialization = ManifestReader.serialization();
    var reader = new ManifestReader(serialization, in);
    SourcedObject profile = options.profile() == null ? null : profile(reader, options.profile());
    var timings = new Timings(System.getenv("PRODREADY_TIMINGS") != null, err);
    Manifests manifests = reader.read(options.paths());
    timings.lap("read " + manifests.objects().size() + " objects");
    var problems = new ArrayList<>(manifests.problems());
    Inventory inventory = Inventory.of(manifests, options.namespace(), optionalKinds, assumed);
    ReportFormat format = format(options.format());
    int maxOffenders = format.everyOffender() ? Integer.MAX_VALUE : options.maxOffenders();
    LocalDate today = Objects.requireNonNullElse(options.today(), LocalDate.now(ZoneOffset.UTC));
    var reports =
        new Audit(new Evaluator(engine), serialization)
            .run(inventory, profile, today, maxOffenders, Instant.now(), problems);
    timings.lap("evaluated " + reports.size() + " namespaces");
    format.write(
        new AuditReport(
            reports, engine.catalog(), List.copyOf(problems), inventory.ignored(), version()),
        out);
    out.flush();
    timings.lap("wrote " + options.format());
    problems.forEach(p -> err.println("prodready: " + p));
    inventory
        .ignored()
        .forEach((kind, count) -> err.println("prodready: ignored " + count + " x " + kind));
    if (reports.isEmpty() && problems.isEmpty()) {
      err.println("prodready: no namespace to score in the input");
    }
    return problems.isEmpty() ? verdict(reports, options.failOn()) : BAD_INPUT;
  }

  static int verdict(List<NamespaceReport> reports, AuditOptions.FailOn failOn) {
    boolean failed =
        switch (failOn) {
          case never -> false;
          case gate ->
              reports.stream().anyMatch(r -> r.profile().getStatus().gate() != GateResult.Pass);
          case critical ->
              reports.stream()
                  .anyMatch(
                      r ->
                          r.evaluated()
                              && r.evaluation().results().stream()
                                  .anyMatch(c -> c.failing() && c.priority() == Priority.Critical));
        };
    return failed ? FAILED : PASSED;
  }

  private SourcedObject profile(ManifestReader reader, String file)
      throws AuditOptions.UsageException {
    if (Source.STDIN.equals(file)) {
      throw new AuditOptions.UsageException("--profile needs a file, not standard input");
    }
    Manifests read = reader.read(List.of(file));
    if (!read.problems().isEmpty()) {
      throw new AuditOptions.UsageException("--profile " + read.problems().get(0));
    }
    var profiles =
        read.objects().stream().filter(o -> o.object() instanceof ReadinessProfile).toList();
    if (profiles.size() != 1) {
      throw new AuditOptions.UsageException(
          "--profile "
              + file
              + " must hold exactly one ReadinessProfile, found "
              + profiles.size());
    }
    return profiles.get(0);
  }

  private int checklist(List<String> args) throws AuditOptions.UsageException {
    String file = args.isEmpty() ? Source.STDIN : args.get(0);
    Manifests read = new ManifestReader(ManifestReader.serialization(), in).read(List.of(file));
    if (!read.problems().isEmpty()) {
      read.problems().forEach(p -> err.println("prodready: " + p));
      return BAD_INPUT;
    }
    var profiles =
        read.objects().stream()
            .map(SourcedObject::object)
            .filter(ReadinessProfile.class::isInstance)
            .map(ReadinessProfile.class::cast)
            .toList();
    if (profiles.isEmpty()) {
      throw new AuditOptions.UsageException("checklist: no ReadinessProfile in " + file);
    }
    for (int i = 0; i < profiles.size(); i++) {
      if (i > 0) {
        out.println();
      }
      ChecklistTable.print(profiles.get(i), out);
    }
    return PASSED;
  }

  static ReportFormat format(String name) {
    return switch (name) {
      case "json" -> new StatusFormat(false);
      case "yaml" -> new StatusFormat(true);
      case "sarif" -> new SarifFormat();
      case "junit" -> new JunitFormat();
      default -> new TableFormat();
    };
  }

  static String version() {
    String version = Cli.class.getPackage().getImplementationVersion();
    return version == null ? "0.1.0-SNAPSHOT" : version;
  }
}
