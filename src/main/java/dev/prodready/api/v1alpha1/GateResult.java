package dev.prodready.api.v1alpha1;

public enum GateResult {
  Pass,
  Fail
}
