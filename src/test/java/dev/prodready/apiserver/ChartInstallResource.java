package dev.prodready.apiserver;

import dev.prodready.chart.Helm;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Installs the chart with Helm into the real API server, watching one namespace, and hands the
 * operator under test the token of the chart's ServiceAccount and the namespaces the chart's
 * Deployment configures: the operator runs with exactly what a Helm install grants it.
 */
public class ChartInstallResource implements QuarkusTestResourceLifecycleManager {

  public static final String RELEASE = "watch";
  public static final String NAMESPACE = "prodready-watch";
  public static final String WATCHED = "team-a";
  public static final String UNWATCHED = "team-b";
  public static final String NAMESPACES_ENV =
      "QUARKUS_OPERATOR_SDK_CONTROLLERS_READINESSPROFILE_NAMESPACES";

  public static Helm.Result helm(String... args) {
    var all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--kubeconfig";
    all[args.length + 1] = LocalApiServer.kubeconfig().toString();
    return Helm.helm(all);
  }

  @Override
  public Map<String, String> start() {
    try (var admin = LocalApiServer.adminClient()) {
      for (String ns : new String[] {WATCHED, UNWATCHED}) {
        admin
            .namespaces()
            .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
            .serverSideApply();
      }
      helm(
              "install",
              RELEASE,
              Helm.CHART.toString(),
              "--namespace",
              NAMESPACE,
              "--create-namespace",
              "--set",
              "watchNamespaces={" + WATCHED + "}")
          .orFail();
      var pod =
          admin
              .apps()
              .deployments()
              .inNamespace(NAMESPACE)
              .withName(RELEASE + "-prodready")
              .get()
              .getSpec()
              .getTemplate()
              .getSpec();
      String namespaces =
          pod.getContainers().get(0).getEnv().stream()
              .filter(e -> e.getName().equals(NAMESPACES_ENV))
              .map(EnvVar::getValue)
              .findFirst()
              .orElseThrow();
      var settings =
          new HashMap<>(
              OperatorServiceAccountResource.clientSettings(
                  admin, NAMESPACE, pod.getServiceAccountName()));
      // A free port: other test JVMs may run on this machine at the same time.
      settings.put("quarkus.http.test-port", "0");
      // ChartEnvTest proves that the chart's environment variable sets this property.
      settings.put("quarkus.operator-sdk.controllers.readinessprofile.namespaces", namespaces);
      return settings;
    }
  }

  @Override
  public void stop() {
    // The release is uninstalled by the test itself; the API server is stopped by its shutdown
    // hook.
  }
}
