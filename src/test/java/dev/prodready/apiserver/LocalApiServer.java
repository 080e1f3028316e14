package dev.prodready.apiserver;

import io.fabric8.kubeapitest.KubeAPIServer;
import io.fabric8.kubeapitest.KubeAPIServerConfigBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real kube-apiserver + etcd per test JVM (fabric8 kube-api-test, offline: the binaries come
 * from hack/control-plane.sh, never downloaded). The committed CRD from crds/ is installed before
 * anything else runs.
 */
public final class LocalApiServer {

  /**
   * Same rule as hack/control-plane.sh: KUBEAPITEST_DIR, else $HOME/.kubeapitest (Java's user.home
   * ignores $HOME).
   */
  public static final Path KUBEAPITEST_DIR =
      Path.of(
          System.getenv()
              .getOrDefault(
                  "KUBEAPITEST_DIR",
                  System.getenv().getOrDefault("HOME", System.getProperty("user.home"))
                      + "/.kubeapitest"));

  public static final Path BINARIES_ROOT = KUBEAPITEST_DIR.resolve("k8s");
  private static final Path KUBECONFIG = Path.of("target", "apiserver", "kubeconfig");

  private static KubeAPIServer server;
  private static String kubeconfigYaml;

  private LocalApiServer() {}

  /**
   * Quarkus loads test classes and test resources in several class loaders, each with its own
   * statics; a system property (one per JVM) makes every one of them use the same server.
   */
  private static final String STARTED = "localapiserver.kubeconfig";

  public static void ensureStarted() {
    synchronized (System.getProperties()) {
      if (kubeconfigYaml != null) {
        return;
      }
      String started = System.getProperty(STARTED);
      if (started != null) {
        try {
          kubeconfigYaml = Files.readString(Path.of(started));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return;
      }
      start();
      System.setProperty(STARTED, KUBECONFIG.toAbsolutePath().toString());
    }
  }

  private static void start() {
    if (binaryDir() == null) {
      throw new IllegalStateException(
          "no control-plane binaries under " + BINARIES_ROOT + ": run `make control-plane`");
    }
    // Config is set in code: kube-api-test 7.6.1 reads Boolean/Integer env vars with a
    // ClassCastException.
    var config =
        KubeAPIServerConfigBuilder.anAPIServerConfig()
            .withTestDir(KUBEAPITEST_DIR.toString())
            .withOfflineMode(true)
            .withStartupTimeout(180_000)
            .withUpdateKubeConfig(false)
            // Without a default route kube-apiserver cannot pick an address to advertise and
            // refuses to start.
            .withApiServerFlag("--advertise-address", "127.0.0.1")
            .build();
    server = new KubeAPIServer(config);
    server.start();
    kubeconfigYaml = server.getKubeConfigYaml();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "kube-apiserver-stop"));
    try {
      Files.createDirectories(KUBECONFIG.getParent());
      Files.writeString(KUBECONFIG, kubeconfigYaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (KubernetesClient admin = adminClient()) {
      installCrd(admin, Path.of("crds/readinessprofiles.prodready.dev-v1.yml"));
    }
  }

  public static KubernetesClient adminClient() {
    ensureStarted();
    return new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfigYaml)).build();
  }

  public static Config adminConfig() {
    ensureStarted();
    return Config.fromKubeconfig(kubeconfigYaml);
  }

  public static Path kubeconfig() {
    ensureStarted();
    return KUBECONFIG.toAbsolutePath();
  }

  private static Process controllerManager;

  /**
   * Starts kube-controller-manager with only the garbage collector (owner references), once per
   * JVM: kube-api-test runs no controllers, and remediation tests need deletion of a profile to
   * cascade.
   */
  public static void ensureGarbageCollector() {
    ensureStarted();
    synchronized (System.getProperties()) {
      if (System.getProperty(GC_STARTED) == null) {
        startControllerManager();
        System.setProperty(GC_STARTED, "true");
      }
    }
  }

  private static final String GC_STARTED = "localapiserver.controller-manager";

  private static void startControllerManager() {
    try {
      Path log = KUBECONFIG.getParent().resolve("kube-controller-manager.log").toAbsolutePath();
      controllerManager =
          new ProcessBuilder(
                  binaryDir().resolve("kube-controller-manager").toString(),
                  "--kubeconfig=" + kubeconfig(),
                  "--controllers=garbage-collector-controller",
                  "--leader-elect=false",
                  "--secure-port=0",
                  "--use-service-account-credentials=false",
                  "--v=1")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(controllerManager::destroy, "kube-controller-manager-stop"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kubectl built with the control plane (same version as the API server). */
  public static Path kubectl() {
    return binaryDir().resolve("kubectl");
  }

  public static void installCrd(KubernetesClient admin, Path file) {
    try (var in = Files.newInputStream(file)) {
      List<HasMetadata> items = admin.load(in).items();
      for (HasMetadata item : items) {
        admin.resource(item).serverSideApply();
        admin
            .resources(CustomResourceDefinition.class)
            .withName(item.getMetadata().getName())
            .waitUntilCondition(
                c ->
                    c != null
                        && c.getStatus() != null
                        && c.getStatus().getConditions() != null
                        && c.getStatus().getConditions().stream()
                            .anyMatch(
                                x ->
                                    "Established".equals(x.getType())
                                        && "True".equals(x.getStatus())),
                30,
                TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Applies every YAML file of a folder in name order, as `kubectl apply -f folder` would. */
  public static void applyFolder(KubernetesClient client, Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".yaml"))
              .sorted(Comparator.naturalOrder())
              .toList()) {
        applyFolderFile(client, file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void applyFolderFile(KubernetesClient client, Path file) {
    try (var in = Files.newInputStream(file)) {
      client.load(in).items().forEach(o -> client.resource(o).forceConflicts().serverSideApply());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Duration timeout() {
    return Duration.ofSeconds(60);
  }

  private static Path binaryDir() {
    if (!Files.isDirectory(BINARIES_ROOT)) {
      return null;
    }
    try (Stream<Path> dirs = Files.list(BINARIES_ROOT)) {
      return dirs.filter(d -> Files.isExecutable(d.resolve("kube-apiserver")))
          .max(Comparator.naturalOrder())
          .orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
