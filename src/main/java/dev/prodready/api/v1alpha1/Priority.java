package dev.prodready.api.v1alpha1;

/** Checklist priority; the weight is what the item counts for in the score. */
public enum Priority {
  Critical(10),
  High(5),
  Medium(2);

  private final int weight;

  Priority(int weight) {
    this.weight = weight;
  }

  public int weight() {
    return weight;
  }
}
