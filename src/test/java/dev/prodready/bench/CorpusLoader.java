package dev.prodready.bench;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads {@link Corpus} namespaces 0..N-1 into the cluster of $KUBECONFIG with parallel creates
 * (kubectl creates one object per request in sequence: 14 minutes for 45,000 objects here). Objects
 * that already exist are left alone, so a partial load can be resumed. With --profiles-only, every
 * ReadinessProfile is deleted and created again without status, so a cluster loaded once can serve
 * several cold-start measurements. Usage: CorpusLoader NAMESPACES [PARALLELISM] [--profiles-only]
 */
public final class CorpusLoader {

  private CorpusLoader() {}

  /**
   * Exits explicitly: the HTTP client's threads would otherwise keep the JVM alive after a failure.
   */
  public static void main(String[] args) {
    try {
      run(args);
      System.exit(0);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    int namespaces = Integer.parseInt(args[0]);
    int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    boolean profilesOnly = args.length > 2 && args[2].equals("--profiles-only");
    long start = System.nanoTime();
    var created = new AtomicInteger();
    var existing = new AtomicInteger();
    try (KubernetesClient client = BenchClient.create()) {
      ExecutorService pool = Executors.newFixedThreadPool(parallelism);
      try {
        // Namespaces first (everything else lives in them), profiles last (so the operator's first
        // evaluation of a
        // namespace, if it runs while loading, sees it complete more often).
        List<List<HasMetadata>> all = new ArrayList<>();
        for (int i = 0; i < namespaces; i++) {
          all.add(Corpus.namespace(i));
        }
        if (profilesOnly) {
          client.resources(ReadinessProfile.class).inAnyNamespace().delete();
          while (!client
              .resources(ReadinessProfile.class)
              .inAnyNamespace()
              .list()
              .getItems()
              .isEmpty()) {
            sleep(500);
          }
        } else {
          Set<String> present = present(client, all);
          existing.addAndGet(present.size());
          runAll(
              pool,
              all.stream().map(l -> l.get(0)).filter(o -> !present.contains(key(o))).toList(),
              client,
              created,
              existing);
          runAll(
              pool,
              all.stream()
                  .flatMap(l -> l.subList(1, l.size() - 1).stream())
                  .filter(o -> !present.contains(key(o)))
                  .toList(),
              client,
              created,
              existing);
        }
        runAll(
            pool, all.stream().map(l -> l.get(l.size() - 1)).toList(), client, created, existing);
      } finally {
        pool.shutdownNow();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "loaded %d namespaces: %d objects created, %d already there, in %.1f s (%.0f objects/s)%n",
        namespaces,
        created.get(),
        existing.get(),
        seconds,
        (created.get() + existing.get()) / seconds);
  }

  /**
   * Objects of the corpus's kinds already in the cluster, one LIST per kind, so that a resumed load
   * skips them.
   */
  private static Set<String> present(KubernetesClient client, List<List<HasMetadata>> all) {
    var kinds = new LinkedHashSet<Class<? extends HasMetadata>>();
    all.forEach(l -> l.subList(0, l.size() - 1).forEach(o -> kinds.add(o.getClass())));
    var present = new HashSet<String>();
    for (Class<? extends HasMetadata> kind : kinds) {
      client.resources(kind).inAnyNamespace().list().getItems().forEach(o -> present.add(key(o)));
    }
    return present;
  }

  private static String key(HasMetadata o) {
    return o.getKind() + "/" + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
  }

  private static void runAll(
      ExecutorService pool,
      List<HasMetadata> objects,
      KubernetesClient client,
      AtomicInteger created,
      AtomicInteger existing)
      throws Exception {
    var futures = new ArrayList<Future<?>>();
    for (HasMetadata o : objects) {
      futures.add(pool.submit(() -> create(client, o, created, existing)));
    }
    for (Future<?> f : futures) {
      f.get();
    }
  }

  private static void create(
      KubernetesClient client, HasMetadata o, AtomicInteger created, AtomicInteger existing) {
    for (int attempt = 1; ; attempt++) {
      try {
        client.resource(o).create();
        created.incrementAndGet();
        return;
      } catch (KubernetesClientException e) {
        if (e.getCode() == 409) {
          existing.incrementAndGet();
          return;
        }
        boolean transient_ = e.getCode() == 0 || e.getCode() == 429 || e.getCode() >= 500;
        if (!transient_ || attempt >= 10) {
          throw new IllegalStateException(
              "cannot create "
                  + o.getKind()
                  + " "
                  + o.getMetadata().getNamespace()
                  + "/"
                  + o.getMetadata().getName()
                  + ": "
                  + e.getMessage(),
              e);
        }
        sleep(500L * attempt);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
