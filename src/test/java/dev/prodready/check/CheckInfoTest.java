package dev.prodready.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.prodready.api.v1alpha1.Category;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckInfoTest {

  private static CheckInfo.Draft draft() {
    return CheckInfo.of("some-check", "Reliability #4", Category.Reliability, Priority.High)
        .title("t")
        .why("w");
  }

  @Test
  void invalidMetadataFailsWhenItIsBuilt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CheckInfo.of("Not Kebab", "Reliability #4", Category.Reliability, Priority.High));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CheckInfo.of("some-check", "Reliability 4", Category.Reliability, Priority.High)
                .title("t")
                .why("w")
                .hint("h"));
    assertThrows(IllegalArgumentException.class, () -> draft().hint(" "));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CheckInfo.of("some-check", "Reliability #4", Category.Reliability, Priority.High)
                .title("t")
                .hint("h"));
    assertThrows(
        IllegalArgumentException.class, () -> draft().hint("h").allowsAttestation(Duration.ZERO));
  }

  @Test
  void aCrdBothNeededAndReadCountsAsNeededAndTheScopeAddsWhatItReads() {
    CheckInfo info =
        draft()
            .hint("h")
            .reads(OptionalCrd.SERVICE_MONITOR, OptionalCrd.POD_MONITOR)
            .requires(OptionalCrd.SERVICE_MONITOR)
            .appliesTo(Scope.REPLICATED);
    assertEquals(Set.of(OptionalCrd.SERVICE_MONITOR), info.requiredCrds());
    assertEquals(Set.of(OptionalCrd.POD_MONITOR, OptionalCrd.ARGO_ROLLOUT), info.optionalCrds());
  }

  @Test
  void onlyAWorkloadCheckHasAWorkloadScope() {
    CheckInfo scoped = draft().hint("h").appliesTo(Scope.DEPLOYMENTS);
    NamespaceCheck check =
        new NamespaceCheck() {
          public CheckInfo info() {
            return scoped;
          }

          public Verdict evaluate(NamespaceSnapshot namespace) {
            return Verdict.pass();
          }
        };
    assertThrows(IllegalStateException.class, () -> new CheckEngine(List.of(check)));
  }
}
