package dev.prodready.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prodready.api.v1alpha1.ExemptionState;
import dev.prodready.api.v1alpha1.ExemptionStatus;
import dev.prodready.api.v1alpha1.GateSpec;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import dev.prodready.score.Scorer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import dev.prodready.status.StatusFactory;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Junk in prodready.dev/exempt annotations must not grow the status without bound (etcd rejects
 * ~1.5 MiB).
 */
class AnnotationExemptionLimitsTest {

  private static final CheckEngine ENGINE = Checks.engine();
  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

  /** The 240 KiB of the field report: 6 workloads, 40 KiB of junk ids each. */
  private static final int JUNK_BYTES = 40 * 1024;

  private static Workload workload(String name, Map<String, String> annotations) {
    return Workload.of(
        new DeploymentBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace("shop")
            .withAnnotations(annotations)
            .endMetadata()
            .withNewSpec()
            .withReplicas(2)
            .withNewTemplate()
            .withNewSpec()
            .addNewContainer()
            .withName("app")
            .withImage("registry.example.com/app:1.0")
            .endContainer()
            .endSpec()
            .endTemplate()
            .endSpec()
            .build());
  }

  private static String junkIds(int bytes, String seed) {
    var ids = new StringBuilder();
    for (int i = 0; ids.length() < bytes; i++) {
      ids.append(seed).append("-junk-check-").append(i).append(',');
    }
    return ids.toString();
  }

  @Test
  void junkCheckIdsOnSixWorkloadsGiveASmallStatus() throws Exception {
    List<Workload> workloads =
        IntStream.range(0, 6)
            .mapToObj(
                i ->
                    workload(
                        "w" + i,
                        Map.of(
                            Exemptions.ANNOTATION,
                            junkIds(JUNK_BYTES, "w" + i),
                            Exemptions.REASON_ANNOTATION,
                            "x".repeat(JUNK_BYTES),
                            Exemptions.EXPIRES_ANNOTATION,
                            "y".repeat(JUNK_BYTES))))
            .toList();

    Exemptions exemptions =
        Exemptions.of(new ReadinessProfileSpec(), workloads, ENGINE.ids(), TODAY);

    assertEquals(6, exemptions.rejected().size());
    for (ExemptionStatus rejected : exemptions.rejected()) {
      assertEquals(ExemptionState.Rejected, rejected.state());
      assertTrue(rejected.reason().startsWith("unknown check ids: "), rejected.reason());
      assertTrue(
          rejected.reason().matches(".* and \\d+ more"),
          "the unknown ids are summarised: " + rejected.reason());
      assertTrue(rejected.reason().length() < 2 * AnnotationText.MAX_CHARS, rejected.reason());
      assertTrue(
          rejected.check().length() < 2 * AnnotationText.MAX_CHARS, "check list is shortened");
      assertTrue(
          rejected.expires().length() < 2 * AnnotationText.MAX_CHARS, "expires is shortened");
    }
    int statusBytes = statusBytes(workloads, exemptions);
    assertTrue(
        statusBytes < 64 * 1024, "status of the junk namespace is " + statusBytes + " bytes");
  }

  @Test
  void rejectionsBeyondTheCapAreCountedInOneEntry() {
    List<Workload> workloads =
        IntStream.range(0, 500)
            .mapToObj(
                i ->
                    workload(
                        "w" + i,
                        Map.of(
                            Exemptions.ANNOTATION,
                            "no-such-check",
                            Exemptions.REASON_ANNOTATION,
                            "because")))
            .toList();

    List<ExemptionStatus> rejected =
        Exemptions.of(new ReadinessProfileSpec(), workloads, ENGINE.ids(), TODAY).rejected();

    assertEquals(AnnotationText.MAX_REJECTED + 1, rejected.size());
    ExemptionStatus summary = rejected.get(AnnotationText.MAX_REJECTED);
    assertEquals("(480 more workloads)", summary.target());
    assertTrue(
        summary.reason().startsWith("480 more rejected prodready.dev/exempt annotations"),
        summary.reason());
  }

  @Test
  void aHugeReasonOnAValidExemptionIsShortenedInEveryEntry() throws Exception {
    String ids = ENGINE.ids().stream().sorted().collect(Collectors.joining(","));
    List<Workload> workloads =
        IntStream.range(0, 6)
            .mapToObj(
                i ->
                    workload(
                        "w" + i,
                        Map.of(
                            Exemptions.ANNOTATION,
                            ids,
                            Exemptions.REASON_ANNOTATION,
                            "r".repeat(JUNK_BYTES))))
            .toList();

    Exemptions exemptions =
        Exemptions.of(new ReadinessProfileSpec(), workloads, ENGINE.ids(), TODAY);

    assertTrue(exemptions.rejected().isEmpty());
    var status = status(workloads, exemptions);
    assertTrue(
        status.exemptions().size() > 6,
        "the exemptions are honoured: " + status.exemptions().size());
    assertTrue(
        status.exemptions().stream()
            .allMatch(e -> e.reason().length() < 2 * AnnotationText.MAX_CHARS));
    int statusBytes = new ObjectMapper().writeValueAsBytes(status).length;
    assertTrue(
        statusBytes < 512 * 1024,
        "every failing check of every workload is exempted with the reason copied; "
            + "status is "
            + statusBytes
            + " bytes");
  }

  private static int statusBytes(List<Workload> workloads, Exemptions exemptions) throws Exception {
    return new ObjectMapper().writeValueAsBytes(status(workloads, exemptions)).length;
  }

  private static ReadinessProfileStatus status(List<Workload> workloads, Exemptions exemptions) {
    var snapshot =
        NamespaceSnapshot.of(
            "shop",
            null,
            new ReadinessProfileSpec(),
            workloads.stream().map(Workload::object).toList(),
            Map.of());
    var results =
        ENGINE.evaluate(snapshot, new EvaluationPolicy(Set.of(), Map.of(), 10, exemptions));
    return new StatusFactory(Duration.ofMinutes(10))
        .evaluated(
            null,
            1L,
            results,
            Scorer.score(results, new GateSpec()),
            exemptions.rejected(),
            null,
            Instant.parse("2026-12-01T10:00:00Z"));
  }
}
