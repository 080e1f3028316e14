package dev.prodready.check.observability;

import static dev.prodready.api.v1alpha1.Category.Observability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * SLOs are recognised as Sloth PrometheusServiceLevel or Pyrra ServiceLevelObjective objects in the
 * namespace; when neither tool is installed the SLOs may live elsewhere (a document, a vendor
 * tool), so the item is left for attestation.
 */
@Singleton
public class SlosDefinedCheck implements NamespaceCheck {

  static final CheckInfo INFO =
      CheckInfo.of("slos-defined", "Observability #10", Observability, High)
          .title("SLOs (availability, latency targets) are defined and monitored")
          .why(
              "Without an SLO nobody agreed how reliable the service must be, and alerts have no target to protect.")
          .hint(
              "Define the SLOs as a Sloth PrometheusServiceLevel or a Pyrra ServiceLevelObjective in the namespace, "
                  + "or attest SLOs kept in another tool.")
          .reads(OptionalCrd.SLOTH_SERVICE_LEVEL, OptionalCrd.PYRRA_SLO)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A Sloth PrometheusServiceLevel or Pyrra ServiceLevelObjective in the namespace; Fail when "
        + "either tool is installed and none is here. Manual (attestable) when neither is installed.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    if (!namespace.serves(OptionalCrd.SLOTH_SERVICE_LEVEL)
        && !namespace.serves(OptionalCrd.PYRRA_SLO)) {
      return Verdict.manual(
          "neither Sloth nor Pyrra is installed; attest SLOs kept elsewhere in spec.attestations");
    }
    List<String> slos =
        List.of(OptionalCrd.SLOTH_SERVICE_LEVEL, OptionalCrd.PYRRA_SLO).stream()
            .flatMap(
                crd ->
                    namespace.extraHere(crd).orElse(List.of()).stream()
                        .map(o -> ObjectRefs.of(o.getKind().toLowerCase(), Unstructured.name(o))))
            .sorted()
            .toList();
    return slos.isEmpty()
        ? Verdict.fail("no PrometheusServiceLevel or ServiceLevelObjective in the namespace")
        : Verdict.pass("SLOs: " + String.join(", ", slos));
  }
}
