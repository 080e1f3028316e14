package dev.prodready.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.Category;
import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CheckEngineTest {

  private static final CheckInfo BROKEN =
      CheckInfo.of("broken-check", "Reliability #4", Category.Reliability, Priority.High)
          .title("never works")
          .why("to prove isolation")
          .hint("none");
  private static final CheckInfo ODD =
      CheckInfo.of("odd-names", "Reliability #12", Category.Reliability, Priority.Medium)
          .title("names have an even length")
          .why("to count offenders")
          .hint("rename");

  /** Throws on every workload: the engine must contain it. */
  static final class BrokenCheck implements WorkloadCheck {
    public CheckInfo info() {
      return BROKEN;
    }

    public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
      throw new IllegalStateException("boom");
    }
  }

  static final class OddNamesCheck implements WorkloadCheck {
    public CheckInfo info() {
      return ODD;
    }

    public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
      return workload.name().length() % 2 == 0 ? Verdict.pass() : Verdict.fail("odd");
    }
  }

  static final class NeedsServiceMonitorCheck implements NamespaceCheck {
    public CheckInfo info() {
      return CheckInfo.of(
              "needs-crd", "Observability #2", Category.Observability, Priority.Critical)
          .title("t")
          .why("w")
          .hint("h")
          .requires(OptionalCrd.SERVICE_MONITOR);
    }

    public Verdict evaluate(NamespaceSnapshot namespace) {
      return Verdict.pass();
    }
  }

  private static NamespaceSnapshot namespaceWith(int deployments) {
    List<HasMetadata> objects = new ArrayList<>();
    IntStream.range(0, deployments)
        .forEach(
            i ->
                objects.add(
                    new DeploymentBuilder()
                        .withNewMetadata()
                        .withName("app-" + i + (i % 2 == 0 ? "" : "x"))
                        .addToLabels("tier", i < 3 ? "web" : "batch")
                        .endMetadata()
                        .withNewSpec()
                        .withReplicas(2)
                        .withNewSelector()
                        .addToMatchLabels("app", "a" + i)
                        .endSelector()
                        .withNewTemplate()
                        .withNewMetadata()
                        .addToLabels("app", "a" + i)
                        .endMetadata()
                        .withNewSpec()
                        .addNewContainer()
                        .withName("c")
                        .withImage("i:1")
                        .endContainer()
                        .endSpec()
                        .endTemplate()
                        .endSpec()
                        .build()));
    return NamespaceSnapshot.of("ns", null, new ReadinessProfileSpec(), objects, Map.of());
  }

  @Test
  void aThrowingCheckIsAnErrorForThatCheckAlone() {
    var engine = new CheckEngine(List.of(new BrokenCheck(), new OddNamesCheck()));
    var results = engine.evaluate(namespaceWith(2), EvaluationPolicy.defaults(10));
    assertEquals(CheckState.Error, results.get(0).state());
    assertTrue(results.get(0).message().contains("boom"), results.get(0).message());
    assertEquals(CheckState.Fail, results.get(1).state());
  }

  @Test
  void offendersAreCappedButCountedInFull() {
    var engine = new CheckEngine(List.of(new OddNamesCheck()));
    CheckResult result = engine.evaluate(namespaceWith(60), EvaluationPolicy.defaults(10)).get(0);
    assertEquals(30, result.offenderCount());
    assertEquals(10, result.offenders().size());
    assertEquals(0.5, result.passFraction(), 1e-9);
    assertEquals("30 of 60 workloads fail: names have an even length", result.message());
  }

  @Test
  void exclusionsSkipAndOverridesChangePriority() {
    var engine = new CheckEngine(List.of(new BrokenCheck(), new OddNamesCheck()));
    var policy =
        new EvaluationPolicy(Set.of("broken-check"), Map.of("odd-names", Priority.Critical), 10);
    var results = engine.evaluate(namespaceWith(2), policy);
    assertEquals(CheckState.Skipped, results.get(0).state());
    assertEquals(Priority.Critical, results.get(1).priority());
  }

  @Test
  void aCheckOnAnAbsentCrdIsNotApplicableWithTheReason() {
    var engine = new CheckEngine(List.of(new NeedsServiceMonitorCheck()));
    CheckResult result = engine.evaluate(namespaceWith(1), EvaluationPolicy.defaults(10)).get(0);
    assertEquals(CheckState.NotApplicable, result.state());
    assertEquals(
        "needs the monitoring.coreos.com/ServiceMonitor CRD, which this cluster does not serve",
        result.message());
  }

  @Test
  void duplicateIdsAreRefused() {
    assertThrows(
        IllegalStateException.class,
        () -> new CheckEngine(List.of(new OddNamesCheck(), new OddNamesCheck())));
  }

  @Test
  void workloadSelectorKeepsOnlyMatchingWorkloads() {
    var selected =
        namespaceWith(5)
            .selecting(new LabelSelectorBuilder().addToMatchLabels("tier", "web").build());
    assertEquals(
        List.of("app-0", "app-1x", "app-2"),
        selected.workloads().stream().map(Workload::name).toList());
  }
}
