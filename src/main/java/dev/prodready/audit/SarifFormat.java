package dev.prodready.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.check.Check;
import dev.prodready.check.CheckInfo;
import dev.prodready.check.CheckResult;
import dev.prodready.kube.ObjectRefs;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 as code-scanning tools read it: one rule per check id (name, description, help,
 * priority as level), one result per offender, located at the file and line where the offending
 * object starts. A failing check without offenders (an expired attestation, an Error) is one result
 * at the namespace. Input problems are tool notifications.
 */
final class SarifFormat implements ReportFormat {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public boolean everyOffender() {
    return true;
  }

  @Override
  public void write(AuditReport report, PrintStream out) {
    // Streamed, not built as one tree: at 20,000 workloads the log holds hundreds of thousands of
    // results.
    try (JsonGenerator json =
        JSON.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "prodready");
      json.writeStringField("version", report.version());
      json.writeStringField("informationUri", "https://prodready.dev/docs/cli");
      json.writeArrayFieldStart("rules");
      Map<String, Integer> ruleIndex = new HashMap<>();
      for (Check check : report.catalog()) {
        ruleIndex.put(check.info().id(), ruleIndex.size());
        json.writeTree(rule(check.info()));
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (NamespaceReport ns : report.namespaces()) {
        if (!ns.evaluated()) {
          continue;
        }
        for (CheckResult r : ns.evaluation().results()) {
          if (!r.failing() && r.state() != CheckState.Error) {
            continue;
          }
          if (r.offenders().isEmpty()) {
            json.writeTree(
                result(r, ruleIndex, ns, ObjectRefs.namespace(ns.namespace()), r.message()));
          }
          for (String offender : r.offenders()) {
            json.writeTree(result(r, ruleIndex, ns, ref(offender), offender));
          }
        }
      }
      json.writeEndArray();
      json.writeArrayFieldStart("invocations");
      json.writeTree(invocation(report));
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode invocation(AuditReport report) {
    ObjectNode invocation = JSON.createObjectNode();
    invocation.put("executionSuccessful", report.problems().isEmpty());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (InputProblem p : report.problems()) {
      ObjectNode n = notifications.addObject();
      n.put("level", "error");
      n.putObject("message").put("text", p.toString());
      n.putArray("locations").add(location(p.source()));
    }
    return invocation;
  }

  private static ObjectNode rule(CheckInfo info) {
    ObjectNode rule = JSON.createObjectNode();
    rule.put("id", info.id());
    rule.put("name", pascalCase(info.id()));
    rule.putObject("shortDescription").put("text", info.title());
    rule.putObject("fullDescription").put("text", info.why());
    rule.putObject("help").put("text", info.hint() + " (checklist " + info.ref() + ")");
    rule.putObject("defaultConfiguration").put("level", level(info.priority()));
    ObjectNode properties = rule.putObject("properties");
    properties.put("category", info.category().displayName());
    properties.put("checklistRef", info.ref());
    properties.put("priority", info.priority().name());
    properties.putArray("tags").add("production-readiness").add(info.category().displayName());
    return rule;
  }

  private static ObjectNode result(
      CheckResult r, Map<String, Integer> ruleIndex, NamespaceReport ns, String ref, String text) {
    ObjectNode result = JSON.createObjectNode();
    result.put("ruleId", r.info().id());
    result.put("ruleIndex", ruleIndex.get(r.info().id()));
    result.put("level", r.state() == CheckState.Error ? "error" : level(r.priority()));
    result
        .putObject("message")
        .put(
            "text",
            "namespace "
                + ns.namespace()
                + ": "
                + text
                + (r.state() == CheckState.Error ? "" : " (" + r.info().title() + ")"));
    Source source = ns.input().locate(ref);
    if (source != null) {
      result.putArray("locations").add(location(source));
    }
    result
        .putObject("partialFingerprints")
        .put("prodready/v1", r.info().id() + ":" + ns.namespace() + ":" + ref);
    ObjectNode properties = result.putObject("properties");
    properties.put("namespace", ns.namespace());
    properties.put("object", ref);
    properties.put("priority", r.priority().name());
    properties.put("state", r.state().name());
    return result;
  }

  private static ObjectNode location(Source source) {
    ObjectNode location = JSON.createObjectNode();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(source.file()));
    if (source.line() > 0) {
      physical.putObject("region").put("startLine", source.line());
    }
    return location;
  }

  /**
   * A relative URI reference with forward slashes, as code scanning resolves it against the
   * repository root.
   */
  static String uri(String file) {
    if (Source.STDIN.equals(file)) {
      return "stdin";
    }
    String path = file.replace('\\', '/');
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    return encode(path);
  }

  private static String encode(String path) {
    var sb = new StringBuilder();
    for (char c : path.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128 || "/-._~".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          sb.append('%').append(String.format("%02X", b));
        }
      }
    }
    return sb.toString();
  }

  /** "deployment/api: containers without..." -> "deployment/api". */
  static String ref(String offender) {
    int colon = offender.indexOf(':');
    String ref = colon < 0 ? offender : offender.substring(0, colon);
    int space = ref.indexOf(' ');
    return space < 0 ? ref : ref.substring(0, space);
  }

  static String level(Priority priority) {
    return switch (priority) {
      case Critical -> "error";
      case High -> "warning";
      case Medium -> "note";
    };
  }

  private static String pascalCase(String id) {
    var sb = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }
}
