package dev.prodready.audit;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.evaluation.Evaluation;

/**
 * One scored namespace: the profile as the operator would write it (metadata, spec, status) and,
 * unless the profile was invalid, the evaluation behind the status; {@code input} locates offenders
 * in the files.
 */
public record NamespaceReport(
    ReadinessProfile profile, Evaluation evaluation, Inventory.NamespaceInput input) {

  public String namespace() {
    return input.name();
  }

  public boolean evaluated() {
    return evaluation != null;
  }
}
