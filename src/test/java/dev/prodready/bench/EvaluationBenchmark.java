package dev.prodready.bench;

import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.check.CheckEngine;
import dev.prodready.check.Checks;
import dev.prodready.evaluation.Evaluator;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.status.StatusFactory;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints evaluation time and status size for namespaces of growing size (`make bench`;
 * docs/benchmarks.md). Not part of `make test`: it measures, it does not assert timings. Half the
 * workloads fail most checks, the worst case for status.
 */
@Tag("bench")
class EvaluationBenchmark {

  private static final int[] SIZES = {10, 100, 1_000, 5_000};
  private static final int RUNS = 7;

  @Test
  void evaluationTimeAndStatusSize() {
    CheckEngine engine = Checks.engine();
    System.out.printf(
        "%nchecks in catalog: %d, offenders listed per check: 10%n", engine.catalog().size());
    System.out.printf(
        "%-10s %-18s %-18s %-16s%n",
        "workloads", "evaluate p50 (ms)", "evaluate max (ms)", "status (bytes)");
    for (int size : SIZES) {
      NamespaceSnapshot ns =
          NamespaceSnapshot.of(
              "bench", null, new ReadinessProfileSpec(), workloads(size), Map.of());
      long[] millis = new long[RUNS];
      String json = "";
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        var evaluation =
            new Evaluator(engine).evaluate(ns, new ReadinessProfileSpec(), LocalDate.now(), 10);
        var status =
            new StatusFactory(Duration.ofMinutes(10))
                .evaluated(null, 1L, evaluation.results(), evaluation.card(), Instant.now());
        millis[run] = (System.nanoTime() - start) / 1_000_000;
        json = Serialization.asJson(status);
      }
      Arrays.sort(millis);
      System.out.printf(
          "%-10d %-18d %-18d %-16d%n",
          size, millis[RUNS / 2], millis[RUNS - 1], json.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  private static List<HasMetadata> workloads(int count) {
    var objects = new ArrayList<HasMetadata>();
    for (int i = 0; i < count; i++) {
      boolean good = i % 2 == 0;
      var container =
          new ContainerBuilder()
              .withName("app")
              .withImage(good ? "registry.example.com/app:1." + i : "nginx:latest");
      if (good) {
        container
            .withNewResources()
            .addToRequests("cpu", new Quantity("100m"))
            .addToLimits("cpu", new Quantity("1"))
            .endResources()
            .withNewLivenessProbe()
            .withNewTcpSocket()
            .withNewPort(8080)
            .endTcpSocket()
            .endLivenessProbe();
      }
      objects.add(
          new DeploymentBuilder()
              .withNewMetadata()
              .withName("app-" + i)
              .withNamespace("bench")
              .endMetadata()
              .withNewSpec()
              .withReplicas(good ? 3 : 1)
              .withNewSelector()
              .addToMatchLabels("app", "app-" + i)
              .endSelector()
              .withNewTemplate()
              .withNewMetadata()
              .addToLabels("app", "app-" + i)
              .endMetadata()
              .withNewSpec()
              .addToContainers(container.build())
              .endSpec()
              .endTemplate()
              .endSpec()
              .build());
    }
    return objects;
  }
}
