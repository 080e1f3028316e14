package dev.prodready.check;

import java.util.Set;

/**
 * A catalog item: a {@link WorkloadCheck} or a {@link NamespaceCheck}. Implementations are CDI beans collected by {@link CheckEngine}; adding a check is adding a class
 * (plus its fixtures), never editing a list.
 */
public interface Check {

  CheckInfo info();

  /**
   * Optional CRDs ("group/Kind") the check reads; while any is not served the check is NotApplicable rather than failing.
   */
  default Set<String> requiredCrds() {
    return Set.of();
  }
}
