package dev.prodready.check;

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
}
