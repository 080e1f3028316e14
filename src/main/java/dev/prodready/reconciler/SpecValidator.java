package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.Attestation;
import dev.prodready.api.v1alpha1.Exemption;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.check.Check;
import dev.prodready.check.CheckEngine;
import dev.prodready.kube.LabelSelectors;
import io.fabric8.kubernetes.api.model.Quantity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the CRD schema cannot reject: references to the check catalog and label-selector semantics.
 * Each problem names the field, so the InvalidSpec condition tells the user exactly what to fix.
 */
@ApplicationScoped
public class SpecValidator {

  private final CheckEngine engine;

  public SpecValidator(CheckEngine engine) {
    this.engine = engine;
  }

  public List<String> problems(ReadinessProfileSpec spec) {
    var problems = new ArrayList<String>();
    if (spec == null) {
      return problems;
    }
    if (spec.getChecks() != null) {
      var exclude = spec.getChecks().getExclude();
      for (int i = 0; exclude != null && i < exclude.size(); i++) {
        unknownCheck(exclude.get(i), "spec.checks.exclude[" + i + "]", problems);
      }
      var overrides = spec.getChecks().getPriorityOverrides();
      for (int i = 0; overrides != null && i < overrides.size(); i++) {
        unknownCheck(
            overrides.get(i).getCheck(),
            "spec.checks.priorityOverrides[" + i + "].check",
            problems);
      }
    }
    problems.addAll(LabelSelectors.problems(spec.getWorkloadSelector(), "spec.workloadSelector"));
    var exemptions = spec.getExemptions() == null ? List.<Exemption>of() : spec.getExemptions();
    for (int i = 0; i < exemptions.size(); i++) {
      String field = "spec.exemptions[" + i + "]";
      var checks = exemptions.get(i).getChecks();
      for (int j = 0; checks != null && j < checks.size(); j++) {
        unknownCheck(checks.get(j), field + ".checks[" + j + "]", problems);
      }
      date(exemptions.get(i).getExpires(), field + ".expires", problems);
      problems.addAll(
          LabelSelectors.problems(
              exemptions.get(i).getWorkloadSelector(), field + ".workloadSelector"));
    }
    var attestations =
        spec.getAttestations() == null ? List.<Attestation>of() : spec.getAttestations();
    for (int i = 0; i < attestations.size(); i++) {
      String field = "spec.attestations[" + i + "]";
      Attestation a = attestations.get(i);
      var check = a.getCheck() == null ? Optional.<Check>empty() : engine.find(a.getCheck());
      if (check.isEmpty()) {
        unknownCheck(a.getCheck(), field + ".check", problems);
      } else if (!check.get().info().attestable()) {
        problems.add(
            field
                + ".check: '"
                + a.getCheck()
                + "' is decided automatically from the cluster and cannot be "
                + "attested; fix the finding or add an exemption");
      }
      date(a.getAttestedAt(), field + ".attestedAt", problems);
      if (a.getExpires() != null) {
        date(a.getExpires(), field + ".expires", problems);
      }
    }
    var remediation = spec.getRemediation();
    if (remediation != null) {
      quantities(
          remediation.getResourceQuota().getHard(),
          "spec.remediation.resourceQuota.hard",
          problems);
      var lr = remediation.getLimitRange();
      quantities(lr.getDefaultLimits(), "spec.remediation.limitRange.defaultLimits", problems);
      quantities(lr.getDefaultRequests(), "spec.remediation.limitRange.defaultRequests", problems);
      quantities(lr.getMax(), "spec.remediation.limitRange.max", problems);
      quantities(lr.getMin(), "spec.remediation.limitRange.min", problems);
    }
    return problems;
  }

  private static void quantities(Map<String, String> values, String field, List<String> problems) {
    if (values == null) {
      return;
    }
    values.forEach(
        (key, value) -> {
          try {
            if (value == null || new Quantity(value).getNumericalAmount().signum() < 0) {
              problems.add(field + "[" + key + "]: '" + value + "' is not a non-negative quantity");
            }
          } catch (RuntimeException e) {
            problems.add(
                field
                    + "["
                    + key
                    + "]: '"
                    + value
                    + "' is not a Kubernetes quantity (e.g. 500m, 2, 512Mi)");
          }
        });
  }

  private static void date(String value, String field, List<String> problems) {
    try {
      LocalDate.parse(value);
    } catch (RuntimeException e) {
      problems.add(field + ": '" + value + "' is not a valid YYYY-MM-DD date");
    }
  }

  private void unknownCheck(String id, String field, List<String> problems) {
    if (id == null || engine.find(id).isEmpty()) {
      problems.add(field + ": unknown check id '" + id + "' (see docs/checks.md)");
    }
  }
}
