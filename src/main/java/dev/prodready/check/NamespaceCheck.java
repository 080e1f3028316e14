package dev.prodready.check;

import dev.prodready.snapshot.NamespaceSnapshot;

/** A check decided once for the whole namespace; it contributes 0 or 1 to the score. */
public interface NamespaceCheck extends Check {

  Verdict evaluate(NamespaceSnapshot namespace);
}
