package dev.prodready.remediation;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.snapshot.NamespaceSnapshot;
import java.util.List;

/** Plans one kind of guardrail from a namespace snapshot: pure, no API calls. */
public interface Guardrail {

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
   * The kind of object this guardrail manages, to find the operator's objects that are no longer
   * wanted.
   */
  String kind();
}
