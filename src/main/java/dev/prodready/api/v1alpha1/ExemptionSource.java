package dev.prodready.api.v1alpha1;

/** Where an exemption was declared. */
public enum ExemptionSource {
  /** spec.exemptions of the profile. */
  Spec,
  /** The prodready.dev/exempt annotation on the workload. */
  Annotation
}
