package dev.prodready.reconciler;

import java.util.function.Supplier;

/**
 * An exception thrown while snapshotting and evaluating, or while remediating, tagged with the
 * reason the Ready condition shows for it.
 */
final class ReconcileFailure extends RuntimeException {

  static final String EVALUATION_FAILED = "EvaluationFailed";
  static final String REMEDIATION_FAILED = "RemediationFailed";

  private final String reason;

  ReconcileFailure(String reason, RuntimeException cause) {
    super(reason + ": " + cause, cause);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }

  /** The step's result, or a ReconcileFailure with the reason if it throws. */
  static <T> T during(String reason, Supplier<T> step) {
    try {
      return step.get();
    } catch (ReconcileFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ReconcileFailure(reason, e);
    }
  }

  /** The failure in an exception's causes, if any. */
  static ReconcileFailure in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ReconcileFailure f) {
        return f;
      }
    }
    return null;
  }
}
