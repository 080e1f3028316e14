package dev.prodready.check.observability;

import static dev.prodready.api.v1alpha1.Category.Observability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.ImageReference;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Hybrid. Evidence: a log-agent DaemonSet in any namespace (an image repository naming fluent-bit,
 * fluentd, vector, promtail, grafana alloy, filebeat or the OpenTelemetry collector, as GKE's
 * fluentbit-gke and EKS's aws-for-fluent-bit do too), or logging-operator Logging objects. Node
 * agents serve every namespace from their own, so the snapshot carries the DaemonSets of other
 * namespaces from the DaemonSet informer the operator has anyway (no extra watch; a change there is
 * seen at the next evaluation of this namespace; with the operator limited to some namespaces,
 * agents outside them are not seen and the item is Manual).
 *
 * <p>Fail: an agent runs, but the namespace's workloads opt out of every agent found (Fluent Bit's
 * {@code fluentbit.io/exclude: "true"} pod annotation, Vector's {@code vector.dev/exclude: "true"}
 * pod label), or every agent DaemonSet reports no available pod. Manual (attestable): no agent is
 * visible; logs may be shipped by the cloud provider or a sidecar.
 */
@Singleton
public class LogAggregationCheck implements NamespaceCheck {

  /**
   * Words in an image repository that name a log shipper, and the opt-out each one honours on a pod
   * (or none).
   */
  private static final Map<String, Optional<String>> AGENTS =
      Map.of(
          "fluent-bit",
          Optional.of("fluentbit.io/exclude"),
          "fluentbit",
          Optional.of("fluentbit.io/exclude"),
          "fluentd",
          Optional.empty(),
          "vector",
          Optional.of("vector.dev/exclude"),
          "promtail",
          Optional.empty(),
          "alloy",
          Optional.empty(),
          "filebeat",
          Optional.empty(),
          "opentelemetry-collector",
          Optional.empty(),
          "otelcol",
          Optional.empty());

  static final CheckInfo INFO =
      CheckInfo.of("log-aggregation", "Observability #7", Observability, High)
          .title("Logs are shipped to an aggregator (Loki, ELK, CloudWatch)")
          .why(
              "Pod logs vanish with the pod; without aggregation the evidence of an incident is gone by the time anyone looks.")
          .hint(
              "Ship container logs with a node agent (Fluent Bit, Vector, Promtail, Alloy) or the logging-operator; attest "
                  + "a provider's built-in shipping with the aggregator query for this namespace.")
          .reads(OptionalCrd.LOGGING)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A log-agent DaemonSet (fluent-bit, fluentd, vector, promtail, alloy, filebeat, otel collector) in any "
        + "namespace with available pods, or logging-operator Logging objects; Fail when the workloads opt out of "
        + "every agent or no agent pod is available. Manual (attestable) when no agent is visible.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    var logging = namespace.extra(OptionalCrd.LOGGING).orElse(List.of());
    if (!logging.isEmpty()) {
      return Verdict.pass("logging-operator " + ObjectRefs.of(logging.get(0), namespace.name()));
    }
    List<DaemonSet> agents =
        Stream.concat(
                namespace.cluster().otherDaemonSets().stream(),
                namespace.workloads().stream()
                    .map(Workload::object)
                    .filter(DaemonSet.class::isInstance)
                    .map(DaemonSet.class::cast))
            .filter(d -> !agentWords(d).isEmpty())
            .toList();
    if (agents.isEmpty()) {
      return Verdict.manual(
          "no log-agent DaemonSet or logging-operator object is visible; attest how logs are "
              + "shipped (a provider's built-in agent, a sidecar)");
    }
    List<DaemonSet> running = agents.stream().filter(LogAggregationCheck::available).toList();
    if (running.isEmpty()) {
      return Verdict.fail(
          "log agents without an available pod: "
              + String.join(", ", agents.stream().map(LogAggregationCheck::ref).toList()));
    }
    var optedOut = new ArrayList<String>();
    for (Workload w : namespace.workloads()) {
      if (running.stream().allMatch(agent -> excludes(agent, w))) {
        optedOut.add(w.ref());
      }
    }
    if (!optedOut.isEmpty()) {
      return Verdict.fail(
          "workloads opted out of every log agent ("
              + String.join(", ", running.stream().map(LogAggregationCheck::ref).toList())
              + "): "
              + String.join(", ", optedOut));
    }
    return Verdict.pass(
        "logs shipped by "
            + String.join(", ", running.stream().map(LogAggregationCheck::ref).toList()));
  }

  private static String ref(DaemonSet d) {
    return ObjectRefs.of("daemonset", d.getMetadata().getNamespace(), d.getMetadata().getName());
  }

  private static List<String> agentWords(DaemonSet d) {
    var spec =
        d.getSpec() == null
                || d.getSpec().getTemplate() == null
                || d.getSpec().getTemplate().getSpec() == null
            ? null
            : d.getSpec().getTemplate().getSpec();
    List<Container> containers =
        spec == null || spec.getContainers() == null ? List.of() : spec.getContainers();
    return containers.stream()
        .map(Container::getImage)
        .filter(i -> i != null && !i.isBlank())
        .map(i -> ImageReference.parse(i).repository().toLowerCase(Locale.ROOT))
        .flatMap(repo -> AGENTS.keySet().stream().filter(repo::contains))
        .toList();
  }

  /**
   * Without status (a manifest not applied yet) the agent is taken as running; with status, one pod
   * must be available.
   */
  private static boolean available(DaemonSet d) {
    var status = d.getStatus();
    if (status == null
        || status.getDesiredNumberScheduled() == null
        || status.getDesiredNumberScheduled() == 0) {
      return true;
    }
    return status.getNumberAvailable() != null && status.getNumberAvailable() > 0;
  }

  /**
   * Whether the workload's pods opt out of this agent (only agents with an opt-out convention can
   * be opted out of).
   */
  private static boolean excludes(DaemonSet agent, Workload w) {
    return agentWords(agent).stream()
        .allMatch(
            word ->
                AGENTS
                    .get(word)
                    .map(
                        key ->
                            "true".equalsIgnoreCase(w.podAnnotations().get(key))
                                || "true".equalsIgnoreCase(w.podLabels().get(key)))
                    .orElse(false));
  }
}
