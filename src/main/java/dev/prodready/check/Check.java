package dev.prodready.check;

import dev.prodready.snapshot.OptionalCrd;
import java.time.Duration;
import java.util.Set;

/**
 * A catalog item: a {@link WorkloadCheck}, a {@link NamespaceCheck} or an {@link AttestedCheck}.
 * Implementations are CDI beans collected by {@link CheckEngine}; adding a check is adding a class
 * (plus its fixtures), never editing a list.
 */
public interface Check {

  CheckInfo info();

  /**
   * What the check accepts as evidence, and when it answers Manual or NotApplicable instead of Pass
   * or Fail; one or two sentences rendered in docs/checks.md. CheckCatalogTest requires it of every
   * check.
   */
  default String evidence() {
    return "";
  }

  /**
   * Optional CRDs the check reads; while any is not served the check is NotApplicable rather than
   * failing.
   */
  default Set<OptionalCrd> requiredCrds() {
    return Set.of();
  }

  /**
   * Optional CRDs the check reads when served, without needing them. The operator watches these
   * too.
   */
  default Set<OptionalCrd> optionalCrds() {
    return Set.of();
  }

  /**
   * Whether spec.attestations may sign this item off. True for attested items, and for automated
   * checks that report Manual when the cluster cannot tell; attesting any other automated check is
   * rejected as InvalidSpec.
   */
  default boolean attestable() {
    return false;
  }

  /** How long a sign-off of this item holds when the attestation sets no validity of its own. */
  default Duration attestationValidity() {
    return Duration.ofDays(365);
  }
}
