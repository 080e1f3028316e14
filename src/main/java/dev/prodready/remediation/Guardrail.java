package dev.prodready.remediation;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.check.CheckInfo;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * Plans one kind of guardrail from a namespace snapshot: pure, no API calls. A guardrail fixes one
 * check, and judges "already present" by that check's own rule (a static predicate of the check
 * class), so the check never fails while its guardrail stands down.
 */
public interface Guardrail {

  /** The check this guardrail satisfies; its plans and actions carry the check's id. */
  CheckInfo check();

  /** The kind of object this guardrail manages. */
  String kind();

  /**
   * Every object of {@link #kind()} in the namespace, the user's and the operator's, to find the
   * operator's objects and those the user took over.
   */
  List<? extends HasMetadata> objects(NamespaceSnapshot namespace);

  boolean enabled(RemediationSpec spec);

  /**
   * @param earlier plans of the guardrails planned before this one (the quota needs to know whether
   *     a LimitRange will provide container defaults)
   */
  List<Plan> plan(
      NamespaceSnapshot namespace,
      RemediationSpec spec,
      ReadinessProfile owner,
      List<Plan> earlier);

  /**
   * The operator's objects of this guardrail that no plan wants any more, to be deleted.
   *
   * @param plans this guardrail's plans of this pass
   */
  default List<Unwanted> unwanted(
      NamespaceSnapshot namespace, ReadinessProfile owner, List<Plan> plans) {
    return List.of();
  }

  /** An operator's object to delete, and why. */
  record Unwanted(HasMetadata object, String reason) {}
}
