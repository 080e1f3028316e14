package dev.prodready.status;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.CheckStatus;
import dev.prodready.api.v1alpha1.GuardrailAction;
import dev.prodready.api.v1alpha1.RemediationStatus;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.remediation.Remediator;
import java.util.List;
import java.util.Set;

/** Says on a passing check when the object that makes it pass was created by the operator. */
final class RemediationNotes {

  private static final Set<GuardrailAction> OURS =
      Set.of(GuardrailAction.Created, GuardrailAction.Updated, GuardrailAction.Exists);

  private RemediationNotes() {}

  /** A passing check whose object the operator created says so. */
  static List<CheckStatus> noteCreatedGuardrails(
      List<CheckStatus> checks, RemediationStatus remediation) {
    return checks.stream()
        .map(
            c -> {
              if (c.state() != CheckState.Pass) {
                return c;
              }
              var ours =
                  remediation.actions().stream()
                      .filter(
                          a ->
                              c.id().equals(a.check())
                                  && OURS.contains(a.action())
                                  && !(a.action() == GuardrailAction.Exists
                                      && !Remediator.OWN_OBJECT.equals(a.reason())))
                      .toList();
              if (ours.isEmpty()) {
                return c;
              }
              String names =
                  String.join(
                      ", ", ours.stream().map(a -> ObjectRefs.of(a.kind(), a.name())).toList());
              return new CheckStatus(
                  c.id(),
                  c.ref(),
                  c.category(),
                  c.priority(),
                  c.state(),
                  c.message() + " (guardrail created by prodready: " + names + ")",
                  c.offenders(),
                  c.offenderCount());
            })
        .toList();
  }
}
