package dev.prodready.bench;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running operator against a loaded {@link Corpus} (hack/bench-operator.sh starts both):
 *
 * <ol>
 *   <li>cold start: from the operator's launch to every profile having a score (profiles are
 *       created without status just before the launch), with the time readiness turned UP and the
 *       first profile was scored (readiness must not come before the caches synced);
 *   <li>LIST requests the API server served (apiserver_request_total{verb="LIST"}) while nothing
 *       changes for IDLE_SECONDS; the benchmark itself sends none in that window;
 *   <li>size and series of /q/metrics;
 *   <li>single-change latency: SAMPLES times, one Deployment's replicas flip between 1 and 3 (a
 *       min-replicas verdict) and the time until the profile's status shows the new offender count
 *       is taken, while the periodic pass runs;
 *   <li>peak RSS (VmHWM) of the operator process.
 * </ol>
 *
 * Usage: OperatorBench NAMESPACES OPERATOR_URL OPERATOR_PID LAUNCH_EPOCH_MILLIS [SAMPLES]
 * [IDLE_SECONDS]
 */
public final class OperatorBench {

  private static final String CHECK = "min-replicas";

  private OperatorBench() {}

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
    String operator = args[1];
    long pid = Long.parseLong(args[2]);
    long launched = Long.parseLong(args[3]);
    int samples = args.length > 4 ? Integer.parseInt(args[4]) : 60;
    int idleSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
    var http = HttpClient.newHttpClient();
    try (KubernetesClient client = BenchClient.create()) {
      var cpu = new CpuTimes(pid, System.getenv("PRODREADY_BENCH_CPU_PIDS"));
      var readiness = new ReadinessWatch(http, operator + "/q/health/ready", launched);
      readiness.start();
      var firstScored = new AtomicLong();
      double cold = awaitAllScored(client, namespaces, launched, pid, firstScored);
      readiness.interrupt();
      System.out.printf(
          "readiness UP %s s after launch; first profile scored after %.1f s%n",
          readiness.upAfterSeconds().map(t -> String.format("%.1f", t)).orElse("never"),
          (firstScored.get() - launched) / 1000.0);
      System.out.printf("cold start to %d profiles scored: %.1f s%n", namespaces, cold);
      System.out.printf("CPU seconds used during the cold start: %s%n", cpu.sinceStart());
      String ready = get(http, operator + "/q/health/ready").statusCode() == 200 ? "UP" : "DOWN";
      System.out.printf("readiness after scoring: %s%n", ready);

      Map<String, Double> listsBefore = listRequests(client);
      Thread.sleep(idleSeconds * 1000L);
      Map<String, Double> listsAfter = listRequests(client);
      var listed = new LinkedHashMap<String, Double>();
      listsAfter.forEach(
          (resource, count) -> {
            double delta = count - listsBefore.getOrDefault(resource, 0.0);
            if (delta > 0) {
              listed.put(resource, delta);
            }
          });
      double idleLists = listed.values().stream().mapToDouble(Double::doubleValue).sum();
      System.out.printf(
          "LIST requests while idle for %d s: %.0f %s%n", idleSeconds, idleLists, listed);

      String metrics = get(http, operator + "/q/metrics").body();
      long series = metrics.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
      System.out.printf("/q/metrics: %d bytes, %d series%n", metrics.getBytes().length, series);
      System.out.printf(
          "heap used after the idle period: %.0f MiB%n", heapUsed(metrics) / 1048576.0);

      List<Long> latencies = latencies(client, namespaces, samples);
      Collections.sort(latencies);
      System.out.printf(
          "single-change latency over %d samples (ms): p50 %d, p90 %d, p99 %d, max %d%n",
          latencies.size(),
          pct(latencies, 50),
          pct(latencies, 90),
          pct(latencies, 99),
          latencies.get(latencies.size() - 1));
      long peak = kib(pid, "VmHWM");
      System.out.printf("peak RSS: %d MiB (now %d MiB)%n", peak / 1024, kib(pid, "VmRSS") / 1024);
      System.out.printf(
          "%n| namespaces | workloads | cold start (s) | peak RSS (MiB) | idle LISTs (%d s) | /q/metrics (bytes) "
              + "| series | change p50 / p99 / max (ms) |%n",
          idleSeconds);
      System.out.printf(
          "| %,d | %,d | %.0f | %d | %.0f | %,d | %,d | %d / %d / %d |%n",
          namespaces,
          namespaces * Corpus.WORKLOADS,
          cold,
          peak / 1024,
          idleLists,
          metrics.getBytes().length,
          series,
          pct(latencies, 50),
          pct(latencies, 99),
          latencies.get(latencies.size() - 1));
    }
  }

  /**
   * Watches the profiles (a LIST of 1,000 profiles with their status is tens of MB; polling it
   * would load the API server more than the operator does) and returns when every one has a score.
   */
  private static double awaitAllScored(
      KubernetesClient client, int namespaces, long launched, long pid, AtomicLong firstScored)
      throws InterruptedException {
    var scored = ConcurrentHashMap.<String>newKeySet();
    var done = new CountDownLatch(1);
    var watcher =
        new Watcher<ReadinessProfile>() {
          @Override
          public void eventReceived(Action action, ReadinessProfile p) {
            if (p.getStatus() != null && p.getStatus().score() != null) {
              firstScored.compareAndSet(0, System.currentTimeMillis());
              scored.add(p.getMetadata().getNamespace());
              if (scored.size() >= namespaces) {
                done.countDown();
              }
            }
          }

          @Override
          public void onClose(WatcherException cause) {}
        };
    try (Watch watch = client.resources(ReadinessProfile.class).inAnyNamespace().watch(watcher)) {
      long deadline = System.currentTimeMillis() + Duration.ofMinutes(15).toMillis();
      while (!done.await(1, TimeUnit.SECONDS)) {
        if (!Files.exists(Path.of("/proc/" + pid))) {
          throw new IllegalStateException("the operator exited before scoring every profile");
        }
        if (System.currentTimeMillis() > deadline) {
          throw new IllegalStateException(
              "only " + scored.size() + " profiles scored within 15 minutes");
        }
      }
      return (System.currentTimeMillis() - launched) / 1000.0;
    }
  }

  /**
   * Polls the readiness endpoint from launch and keeps the first time it answered 200: it must not
   * come before the informers synced, which the first scored profile follows closely.
   */
  private static final class ReadinessWatch extends Thread {
    private final HttpClient http;
    private final String url;
    private final long launched;
    private volatile long upAt;

    ReadinessWatch(HttpClient http, String url, long launched) {
      super("readiness-watch");
      setDaemon(true);
      this.http = http;
      this.url = url;
      this.launched = launched;
    }

    @Override
    public void run() {
      while (upAt == 0 && !isInterrupted()) {
        try {
          if (get(http, url).statusCode() == 200) {
            upAt = System.currentTimeMillis();
          }
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          // not listening yet
        }
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    Optional<Double> upAfterSeconds() {
      return upAt == 0 ? Optional.empty() : Optional.of((upAt - launched) / 1000.0);
    }
  }

  private static List<Long> latencies(KubernetesClient client, int namespaces, int samples)
      throws Exception {
    var random = new Random(42);
    var result = new ArrayList<Long>();
    for (int s = 0; s < samples; s++) {
      String ns = Corpus.namespaceName(random.nextInt(namespaces));
      // svc-8..13 have no HPA, so their replicas alone decide min-replicas
      String name = "svc-" + (8 + random.nextInt(6));
      int before = offenderCount(client, ns);
      var deployments = client.apps().deployments().inNamespace(ns).withName(name);
      int replicas = deployments.get().getSpec().getReplicas();
      int next = replicas >= 2 ? 1 : 3;
      int expected = before + (next == 1 ? 1 : -1);
      deployments.edit(
          d -> {
            d.getSpec().setReplicas(next);
            return d;
          });
      long changed = System.nanoTime();
      long deadline = changed + Duration.ofSeconds(60).toNanos();
      while (offenderCount(client, ns) != expected) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(ns + "/" + name + ": status did not follow within 60 s");
        }
        Thread.sleep(10);
      }
      result.add((System.nanoTime() - changed) / 1_000_000);
      Thread.sleep(1000 + random.nextInt(1000));
    }
    return result;
  }

  private static int offenderCount(KubernetesClient client, String ns) {
    var profile =
        client.resources(ReadinessProfile.class).inNamespace(ns).withName(Corpus.PROFILE).get();
    return profile.getStatus().checks().stream()
        .filter(c -> c.id().equals(CHECK))
        .findFirst()
        .map(c -> c.offenderCount() == null ? 0 : c.offenderCount())
        .orElseThrow();
  }

  /**
   * apiserver_request_total of verb LIST by resource: the API server's own loopback clients count
   * there too, so the resource tells whose a LIST was.
   */
  private static Map<String, Double> listRequests(KubernetesClient client) {
    String text = client.raw("/metrics");
    Pattern line =
        Pattern.compile("^apiserver_request_total\\{([^}]*)\\} ([0-9.e+]+)$", Pattern.MULTILINE);
    Pattern resource = Pattern.compile("resource=\"([^\"]*)\"");
    Matcher m = line.matcher(text);
    var total = new TreeMap<String, Double>();
    while (m.find()) {
      if (m.group(1).contains("verb=\"LIST\"")) {
        Matcher r = resource.matcher(m.group(1));
        total.merge(r.find() ? r.group(1) : "?", Double.parseDouble(m.group(2)), Double::sum);
      }
    }
    return total;
  }

  private static double heapUsed(String metrics) {
    Pattern line =
        Pattern.compile("^jvm_memory_used_bytes\\{([^}]*)\\} ([0-9.eE+]+)$", Pattern.MULTILINE);
    Matcher m = line.matcher(metrics);
    double total = 0;
    while (m.find()) {
      if (m.group(1).contains("area=\"heap\"")) {
        total += Double.parseDouble(m.group(2));
      }
    }
    return total;
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long pct(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /**
   * CPU time (user + system) of the operator and of the processes named in "name=pid,..." since
   * this object was made, to tell whose CPU a cold start waits for. The operator's count starts at
   * its launch.
   */
  private static final class CpuTimes {
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Double> start = new LinkedHashMap<>();

    CpuTimes(long operatorPid, String others) {
      pids.put("operator", operatorPid);
      if (others != null && !others.isBlank()) {
        for (String pair : others.split(",")) {
          String[] nameAndPid = pair.split("=");
          pids.put(nameAndPid[0], Long.parseLong(nameAndPid[1]));
        }
      }
      pids.forEach((name, p) -> start.put(name, name.equals("operator") ? 0 : seconds(p)));
    }

    String sinceStart() {
      var parts = new ArrayList<String>();
      pids.forEach(
          (name, p) -> parts.add(String.format("%s %.1f", name, seconds(p) - start.get(name))));
      return String.join(", ", parts);
    }

    private static double seconds(long pid) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime are fields 14 and 15 of /proc/PID/stat, in clock ticks (100 per second)
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
      } catch (Exception e) {
        return Double.NaN;
      }
    }
  }

  private static long kib(long pid, String field) throws Exception {
    return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
        .filter(l -> l.startsWith(field + ":"))
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
        .findFirst()
        .orElse(-1L);
  }
}
