package dev.prodready.check.observability;

import static dev.prodready.api.v1alpha1.Category.Observability;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.PrometheusRules;
import dev.prodready.check.evidence.PrometheusRules.Alert;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Alerts must fire on the three ways a service degrades: errors, latency and saturation. Each
 * alerting rule of the namespace's PrometheusRules is classified by its {@code expr}
 * (case-insensitive substrings, recording rules ignored):
 *
 * <ul>
 *   <li>error rate: {@code 5..}, {@code 5xx}, {@code error}, {@code fail}, a status/code matcher
 *       starting with 5 ({@code status=~"5}), {@code grpc_code!="OK"};
 *   <li>latency: {@code histogram_quantile}, {@code latency}, {@code duration}, {@code
 *       _seconds_bucket}, {@code response_time};
 *   <li>saturation: {@code cpu}, {@code memory}, {@code saturation}, {@code restarts}, {@code
 *       OOMKilled}, {@code volume_stats}, {@code throttl}, {@code filesystem_avail}, {@code
 *       utilization}.
 * </ul>
 *
 * Limits: the names of recording rules an expression refers to count (a {@code job:errors:rate5m}
 * series is an error rule), one expression may count for several aspects ({@code
 * http_request_duration_seconds_count{code=~"5.."}} is an error rule and a latency rule), and
 * whether the threshold is sensible is not judged. Alert names are ignored.
 *
 * <p>Without the PrometheusRule CRD the alerts may live in another tool (Grafana alerting, Datadog,
 * a Prometheus configured by file): the item is Manual and can be signed off, never NotApplicable,
 * so a Critical item does not vanish from the gate on clusters without the Prometheus Operator.
 */
@Singleton
public class AlertingRulesCheck extends AlertRulesCheck {

  private record Aspect(String name, Pattern expr) {
    Aspect(String name, String regex) {
      this(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }
  }

  private static final List<Aspect> ASPECTS =
      List.of(
          new Aspect(
              "error rate",
              "5\\.\\.|5xx|error|fail|(status|code)[a-z_]*\\s*=~?\\s*\"5|grpc_code\\s*!=\\s*\"ok\""),
          new Aspect(
              "latency", "histogram_quantile|latency|duration|_seconds_bucket|response_time"),
          new Aspect(
              "saturation",
              "cpu|memory|saturation|restarts|oomkilled|volume_stats|throttl|filesystem_avail"
                  + "|utili[sz]ation"));

  public static final CheckInfo INFO =
      CheckInfo.of("alerting-rules", "Observability #4", Observability, Critical)
          .title("PrometheusRules alert on error rate, latency and saturation")
          .why(
              "Without alerts on errors, latency and saturation an outage is reported by users before on-call knows.")
          .hint(
              "Add PrometheusRule alerts on the 5xx ratio, p99 latency (histogram_quantile) and saturation "
                  + "(CPU/memory, restarts, OOMKilled, volume usage), as in the checklist's example.")
          .reads(OptionalCrd.PROMETHEUS_RULE)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Alerting rules of the namespace's PrometheusRules whose expressions cover error rate, latency and "
        + "saturation. Manual (attestable) when the PrometheusRule CRD is not served: the alerts may live elsewhere.";
  }

  @Override
  protected Verdict evaluate(List<Alert> alerts, NamespaceSnapshot namespace) {
    if (alerts.isEmpty()) {
      return Verdict.fail(
          PrometheusRules.anyHere(namespace)
              ? "the PrometheusRules in the namespace have no alerting rule"
              : "no PrometheusRule in the namespace");
    }
    List<String> missing = uncovered(alerts);
    return missing.isEmpty()
        ? Verdict.pass(alerts.size() + " alerts cover error rate, latency and saturation")
        : Verdict.fail(
            "no alert on " + String.join(", ", missing) + " among " + alerts.size() + " alerts");
  }

  /**
   * The aspects (error rate, latency, saturation) no alert covers; empty is the rule of this check
   * and of the PrometheusRule guardrail (which stands down when the namespace's own rules cover all
   * three).
   */
  public static List<String> uncovered(List<Alert> alerts) {
    return ASPECTS.stream()
        .filter(a -> alerts.stream().noneMatch(alert -> a.expr().matcher(alert.expr()).find()))
        .map(Aspect::name)
        .toList();
  }
}
