package dev.prodready.apiserver;

import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * Starts the real API server before Quarkus boots, installs the RBAC shipped in config/rbac.yaml,
 * and hands the operator a token of its own service account: the operator under test has exactly
 * the permissions a production install grants. Server-side apply is on, as in production (the
 * default; only the mock-server tests turn it off).
 */
public class OperatorServiceAccountResource implements QuarkusTestResourceLifecycleManager {

  public static final String NAMESPACE = "prodready-system";
  public static final String SERVICE_ACCOUNT = "prodready-operator";

  @Override
  public Map<String, String> start() {
    try (var admin = LocalApiServer.adminClient()) {
      LocalApiServer.applyFolderFile(admin, Path.of("config/rbac.yaml"));
      return clientSettings(admin, NAMESPACE, SERVICE_ACCOUNT);
    }
  }

  /**
   * The operator's client settings: the local API server, authenticated as the given service
   * account.
   */
  static Map<String, String> clientSettings(
      KubernetesClient admin, String namespace, String serviceAccount) {
    var token =
        admin
            .serviceAccounts()
            .inNamespace(namespace)
            .withName(serviceAccount)
            .tokenRequest(
                new TokenRequestBuilder()
                    .withNewSpec()
                    .withExpirationSeconds(3600L)
                    .endSpec()
                    .build())
            .getStatus()
            .getToken();
    var config = LocalApiServer.adminConfig();
    return Map.of(
        "quarkus.kubernetes-client.api-server-url",
        config.getMasterUrl(),
        "quarkus.kubernetes-client.ca-cert-data",
        caCertData(config),
        "quarkus.kubernetes-client.token",
        token,
        "quarkus.kubernetes-client.trust-certs",
        "false");
  }

  /**
   * kube-api-test's kubeconfig names the CA by file; the Quarkus client wants the PEM,
   * base64-encoded.
   */
  private static String caCertData(Config config) {
    if (config.getCaCertData() != null) {
      return config.getCaCertData();
    }
    try {
      return Base64.getEncoder()
          .encodeToString(Files.readAllBytes(Path.of(config.getCaCertFile())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    // The API server is shared by the whole test JVM and stopped by its shutdown hook.
  }
}
