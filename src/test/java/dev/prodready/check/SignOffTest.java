package dev.prodready.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prodready.api.v1alpha1.Attestation;
import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.Exemption;
import dev.prodready.api.v1alpha1.ExemptionSource;
import dev.prodready.api.v1alpha1.ExemptionState;
import dev.prodready.api.v1alpha1.ExemptionStatus;
import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.api.v1alpha1.GateSpec;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.evaluation.Evaluator;
import dev.prodready.reconciler.SpecValidator;
import dev.prodready.score.Scorer;
import dev.prodready.snapshot.NamespaceSnapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exemptions and attestations, with the date passed in: expiry is tested by moving "today", not by
 * waiting.
 */
class SignOffTest {

  private static final CheckEngine ENGINE = Checks.engine();
  private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

  private static NamespaceSnapshot snapshot(ReadinessProfileSpec spec) throws Exception {
    var s = Fixture.load(Path.of("src/test/resources/signoff/namespace.yaml")).snapshot();
    return new NamespaceSnapshot(
        s.name(),
        s.namespace(),
        spec,
        s.workloads(),
        s.services(),
        s.podDisruptionBudgets(),
        s.horizontalPodAutoscalers(),
        s.networkPolicies(),
        s.resourceQuotas(),
        s.limitRanges(),
        s.ingresses(),
        s.persistentVolumeClaims(),
        s.serviceAccounts(),
        s.roles(),
        s.roleBindings(),
        s.cluster(),
        s.extras(),
        s.observedAt());
  }

  private static List<CheckResult> evaluate(ReadinessProfileSpec spec, LocalDate today)
      throws Exception {
    return new Evaluator(ENGINE).evaluate(snapshot(spec), spec, today, 10).results();
  }

  private static CheckResult result(List<CheckResult> results, String id) {
    return results.stream().filter(r -> r.info().id().equals(id)).findFirst().orElseThrow();
  }

  private static Exemption exemption(String check, List<String> workloads, String expires) {
    var e = new Exemption();
    e.setChecks(List.of(check));
    e.setWorkloads(workloads);
    e.setReason("vendor image, ticket OPS-12");
    e.setExpires(expires);
    e.setOwner("team-api");
    return e;
  }

  @Test
  void anActiveExemptionTakesTheWorkloadOutOfTheDenominatorAndIsListedAsDebt() throws Exception {
    var spec = new ReadinessProfileSpec();
    spec.setExemptions(List.of(exemption("liveness-probe", List.of("api"), "2027-01-31")));

    CheckResult liveness = result(evaluate(spec, TODAY), "liveness-probe");
    assertEquals(CheckState.Exempted, liveness.state());
    assertTrue(liveness.scored(), "worker still passes and is scored");
    assertEquals(1.0, liveness.passFraction());
    assertEquals(
        List.of(
            new ExemptionStatus(
                "liveness-probe",
                "deployment/api",
                "vendor image, ticket OPS-12",
                "2027-01-31",
                "team-api",
                ExemptionSource.Spec,
                ExemptionState.Active)),
        liveness.exemptions());
  }

  @Test
  void anExpiredExemptionFailsAgainAndSaysSo() throws Exception {
    var spec = new ReadinessProfileSpec();
    spec.setExemptions(List.of(exemption("liveness-probe", List.of("api"), "2027-01-31")));

    CheckResult liveness = result(evaluate(spec, LocalDate.parse("2027-02-01")), "liveness-probe");
    assertEquals(CheckState.Fail, liveness.state());
    assertEquals(
        List.of(
            "deployment/api: containers without livenessProbe: api (exemption expired 2027-01-31)"),
        liveness.offenders());
    assertEquals(ExemptionState.Expired, liveness.exemptions().get(0).state());

    CheckResult lastDay = result(evaluate(spec, LocalDate.parse("2027-01-31")), "liveness-probe");
    assertEquals(
        CheckState.Exempted, lastDay.state(), "expires is the last day the exemption applies");
  }

  @Test
  void aNamespaceWideExemptionCoversANamespaceCheck() throws Exception {
    var spec = new ReadinessProfileSpec();
    spec.setExemptions(List.of(exemption("resource-quota", List.of(), "2027-01-31")));
    CheckResult quota = result(evaluate(spec, TODAY), "resource-quota");
    assertEquals(CheckState.Exempted, quota.state());
    assertEquals(false, quota.scored());
  }

  @Test
  void annotationExemptionsNeedAReasonAndCanBeForbidden() throws Exception {
    var spec = new ReadinessProfileSpec();
    var snapshot = snapshot(spec);
    var rejected = Exemptions.of(spec, snapshot.workloads(), ENGINE.ids(), TODAY).rejected();
    assertEquals(
        List.of(
            new ExemptionStatus(
                "readiness-probe",
                "deployment/worker",
                "missing prodready.dev/exempt-reason",
                null,
                null,
                ExemptionSource.Annotation,
                ExemptionState.Rejected)),
        rejected);
    assertEquals(CheckState.Fail, result(evaluate(spec, TODAY), "readiness-probe").state());

    spec.setAllowAnnotationExemptions(false);
    assertTrue(
        Exemptions.of(spec, snapshot.workloads(), ENGINE.ids(), TODAY)
            .rejected()
            .get(0)
            .reason()
            .contains("disabled"));
  }

  @Test
  void attestationsSignOffUntilTheirValidityRunsOut() throws Exception {
    var spec = new ReadinessProfileSpec();
    var a = new Attestation();
    a.setCheck("restore-tested");
    a.setAttestedBy("team-sre");
    a.setEvidence("https://wiki/dr-drill-2026-10");
    a.setAttestedAt("2026-10-02");
    spec.setAttestations(List.of(a));

    assertEquals(
        CheckState.Manual,
        result(evaluate(new ReadinessProfileSpec(), TODAY), "restore-tested").state());
    CheckResult valid = result(evaluate(spec, TODAY), "restore-tested");
    assertEquals(CheckState.Attested, valid.state());
    assertEquals(
        "attested by team-sre on 2026-10-02 (https://wiki/dr-drill-2026-10); valid until 2026-12-31",
        valid.message(),
        "restore-tested holds 90 days by default");
    assertEquals(
        CheckState.Expired,
        result(evaluate(spec, LocalDate.parse("2027-01-01")), "restore-tested").state());

    a.setValidFor("30d");
    assertEquals(CheckState.Expired, result(evaluate(spec, TODAY), "restore-tested").state());
  }

  @Test
  void attestingAnAutomatedCheckOrAnUnknownItemIsInvalid() {
    var spec = new ReadinessProfileSpec();
    var automated = new Attestation();
    automated.setCheck("cpu-requests");
    automated.setAttestedBy("me");
    automated.setEvidence("trust me");
    automated.setAttestedAt("2026-11-01");
    var unknown = new Attestation();
    unknown.setCheck("restore-testd");
    unknown.setAttestedBy("me");
    unknown.setEvidence("x");
    unknown.setAttestedAt("2026-02-30");
    spec.setAttestations(List.of(automated, unknown));
    spec.setExemptions(List.of(exemption("livenes-probe", List.of("api"), "2027-01-31")));

    assertEquals(
        List.of(
            "spec.exemptions[0].checks[0]: unknown check id 'livenes-probe' (see docs/checks.md)",
            "spec.attestations[0].check: 'cpu-requests' is decided automatically from the cluster and cannot be attested; "
                + "fix the finding or add an exemption",
            "spec.attestations[1].check: unknown check id 'restore-testd' (see docs/checks.md)",
            "spec.attestations[1].attestedAt: '2026-02-30' is not a valid YYYY-MM-DD date"),
        new SpecValidator(ENGINE).problems(spec));
  }

  @Test
  void requireAttestationsFailsTheGateOnUnsignedCriticalItems() throws Exception {
    var gate = new GateSpec();
    gate.setMinScore(0);
    gate.setFailOnCritical(false);
    var results = evaluate(new ReadinessProfileSpec(), TODAY);
    assertEquals(GateResult.Pass, Scorer.score(results, gate).gate());
    gate.setRequireAttestations(true);
    var card = Scorer.score(results, gate);
    assertEquals(GateResult.Fail, card.gate());
    assertTrue(card.gateReason().contains("restore-tested"), card.gateReason());
  }
}
