package dev.prodready.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The PromQL the chart ships: the PrometheusRule's alerts and the Grafana dashboard's panel
 * queries.
 */
public final class MonitoringQueries {

  private static final Set<String> KEYWORDS =
      Set.of(
          "and",
          "or",
          "unless",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "bool",
          "offset",
          "inf",
          "nan");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  private MonitoringQueries() {}

  /** The PrometheusRule rendered with default values (forced on), as the object. */
  public static GenericKubernetesResource prometheusRule() {
    String yaml = Helm.template("prodready", "ops", "--set", "prometheusRule.enabled=true");
    return Helm.parse(yaml).stream()
        .filter(o -> o.getKind().equals("PrometheusRule"))
        .map(o -> Serialization.unmarshal(Serialization.asYaml(o), GenericKubernetesResource.class))
        .findFirst()
        .orElseThrow();
  }

  /** The `spec` of the rule, which is the format `promtool check rules` reads. */
  public static String rulesFile() {
    return Serialization.asYaml(prometheusRule().getAdditionalProperties().get("spec"));
  }

  /** Alert name to expression. */
  public static Map<String, String> alerts() {
    JsonNode spec =
        new ObjectMapper().valueToTree(prometheusRule().getAdditionalProperties().get("spec"));
    var alerts = new LinkedHashMap<String, String>();
    spec.get("groups")
        .forEach(
            g ->
                g.get("rules")
                    .forEach(r -> alerts.put(r.get("alert").asText(), r.get("expr").asText())));
    return alerts;
  }

  /**
   * Panel title to its queries, with the dashboard's $namespace variable as Grafana's "All" (.*).
   */
  public static Map<String, List<String>> dashboardQueries() {
    try {
      JsonNode dashboard =
          new ObjectMapper()
              .readTree(Files.readString(Helm.CHART.resolve("dashboards/prodready.json")));
      var queries = new LinkedHashMap<String, List<String>>();
      dashboard
          .get("panels")
          .forEach(
              p -> {
                var exprs = new ArrayList<String>();
                p.get("targets")
                    .forEach(t -> exprs.add(t.get("expr").asText().replace("$namespace", ".*")));
                queries.put(p.get("title").asText(), exprs);
              });
      return queries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every expression, alerts first. */
  public static List<String> expressions() {
    var all = new ArrayList<>(alerts().values());
    dashboardQueries().values().forEach(all::addAll);
    return all;
  }

  /**
   * The metric names an expression reads (label matchers, grouping labels, ranges and functions
   * removed).
   */
  public static Set<String> metricNames(String expr) {
    String stripped =
        expr.replaceAll("\"[^\"]*\"", "")
            .replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
    var names = new TreeSet<String>();
    var m = IDENTIFIER.matcher(stripped);
    while (m.find()) {
      String id = m.group();
      boolean function = stripped.substring(m.end()).stripLeading().startsWith("(");
      boolean number = m.start() > 0 && Character.isDigit(stripped.charAt(m.start() - 1));
      if (!function && !number && !KEYWORDS.contains(id.toLowerCase())) {
        names.add(id);
      }
    }
    return names;
  }

  public static Set<String> metricNames() {
    var names = new TreeSet<String>();
    expressions().forEach(e -> names.addAll(metricNames(e)));
    return names;
  }

  /**
   * A rules file with one recording rule per dashboard query, so promtool checks those expressions
   * too.
   */
  public static String dashboardAsRecordingRules() {
    var out = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
    int i = 0;
    for (var panel : dashboardQueries().entrySet()) {
      for (String expr : panel.getValue()) {
        out.append("      - record: dashboard:query")
            .append(i++)
            .append('\n')
            .append("        expr: ")
            .append(Serialization.asJson(expr))
            .append('\n');
      }
    }
    return out.toString();
  }
}
