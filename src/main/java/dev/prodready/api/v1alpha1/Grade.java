package dev.prodready.api.v1alpha1;

public enum Grade {
  A,
  B,
  C,
  D,
  F;

  public static Grade of(int score) {
    if (score >= 90) {
      return A;
    }
    if (score >= 80) {
      return B;
    }
    if (score >= 70) {
      return C;
    }
    if (score >= 60) {
      return D;
    }
    return F;
  }
}
