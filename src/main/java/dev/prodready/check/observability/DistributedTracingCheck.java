package dev.prodready.check.observability;

import static dev.prodready.api.v1alpha1.Category.Observability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.kube.Databases;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.EnvVar;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tracing is recognised by OpenTelemetry SDK environment variables on a container ({@code
 * OTEL_TRACES_EXPORTER=none} or {@code OTEL_SDK_DISABLED=true} switch it off), by OpenTelemetry
 * Operator auto-instrumentation ({@code instrumentation.opentelemetry.io/inject-*} on the pod
 * template or the namespace), or by Jaeger Operator sidecar injection ({@code
 * sidecar.jaegertracing.io/inject} on the workload, its pod template or the namespace). Tracing
 * configured in code or a config file cannot be seen.
 *
 * <p>Only Deployments and StatefulSets that do not run a database or cache image are counted:
 * traces follow a request across the services that handle it. A DaemonSet is node infrastructure
 * (log shippers, CNI, exporters) and a database is traced from its clients' spans, so neither is
 * expected to export traces of its own; failing them would be noise. A user who wants them traced
 * can raise it with their own policy.
 */
@Singleton
public class DistributedTracingCheck implements WorkloadCheck {

  static final Set<String> OTEL_ENV =
      Set.of(
          "OTEL_EXPORTER_OTLP_ENDPOINT",
          "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
          "OTEL_SERVICE_NAME",
          "OTEL_TRACES_EXPORTER");
  static final String OTEL_INJECT = "instrumentation.opentelemetry.io/inject-";
  static final String JAEGER_INJECT = "sidecar.jaegertracing.io/inject";

  static final CheckInfo INFO =
      CheckInfo.of("distributed-tracing", "Observability #9", Observability, High)
          .title("Every long-running workload exports traces (OpenTelemetry / Jaeger)")
          .why("Without traces a slow or failing request cannot be followed across services.")
          .hint(
              "Set OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_SERVICE_NAME on the app container, or annotate the pod template "
                  + "instrumentation.opentelemetry.io/inject-<language>: \"true\" (OpenTelemetry Operator).")
          .appliesTo(Scope.DEPLOYMENTS_AND_STATEFUL_SETS);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "On each Deployment and StatefulSet that is not a database or cache: OTEL_* exporter environment on a "
        + "container, or OpenTelemetry/Jaeger injection annotations on the pod template or namespace. DaemonSets, "
        + "databases and batch jobs are not counted; never Manual.";
  }

  /** Databases and caches are traced from their clients' spans. */
  @Override
  public boolean appliesTo(Workload workload) {
    return workload.containers().stream()
        .noneMatch(c -> c.getImage() != null && Databases.engineOf(c.getImage()).isPresent());
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    Optional<String> env =
        workload.allContainers().stream()
            .map(NamedContainer::container)
            .filter(c -> !disabled(env(c.getEnv())))
            .flatMap(
                c ->
                    env(c.getEnv()).stream()
                        .filter(e -> OTEL_ENV.contains(e.getName()))
                        .map(e -> c.getName() + " sets " + e.getName()))
            .findFirst();
    if (env.isPresent()) {
      return Verdict.pass(env.get());
    }
    Map<String, String> nsAnnotations =
        namespace.namespace() == null
                || namespace.namespace().getMetadata().getAnnotations() == null
            ? Map.of()
            : namespace.namespace().getMetadata().getAnnotations();
    Optional<String> injection =
        Stream.of(workload.podAnnotations(), nsAnnotations)
            .flatMap(a -> a.entrySet().stream())
            .filter(
                a -> a.getKey().startsWith(OTEL_INJECT) && !"false".equalsIgnoreCase(a.getValue()))
            .map(Map.Entry::getKey)
            .findFirst()
            .or(
                () ->
                    Stream.of(workload.annotations(), workload.podAnnotations(), nsAnnotations)
                        .filter(
                            a ->
                                a.containsKey(JAEGER_INJECT)
                                    && !"false".equalsIgnoreCase(a.get(JAEGER_INJECT)))
                        .map(a -> JAEGER_INJECT)
                        .findFirst());
    return injection
        .map(a -> Verdict.pass("annotation " + a))
        .orElse(
            Verdict.fail(
                "no OTEL_* tracing environment, no OpenTelemetry or Jaeger injection annotation"));
  }

  /** OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none turn tracing off whatever else is set. */
  private static boolean disabled(List<EnvVar> env) {
    return env.stream()
        .anyMatch(
            e ->
                "OTEL_SDK_DISABLED".equals(e.getName()) && "true".equalsIgnoreCase(e.getValue())
                    || "OTEL_TRACES_EXPORTER".equals(e.getName())
                        && "none".equalsIgnoreCase(e.getValue()));
  }

  private static List<EnvVar> env(List<EnvVar> env) {
    return env == null ? List.of() : env;
  }
}
