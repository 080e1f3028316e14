package dev.prodready.reconciler;

import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.check.CheckEngine;
import dev.prodready.kube.LabelSelectors;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

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
        unknownCheck(overrides.get(i).getCheck(), "spec.checks.priorityOverrides[" + i + "].check", problems);
      }
    }
    problems.addAll(LabelSelectors.problems(spec.getWorkloadSelector(), "spec.workloadSelector"));
    return problems;
  }

  private void unknownCheck(String id, String field, List<String> problems) {
    if (id == null || engine.find(id).isEmpty()) {
      problems.add(field + ": unknown check id '" + id + "' (see docs/checks.md)");
    }
  }
}
