package dev.prodready.check.networking;

import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.Ingresses;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A namespace check that holds when every Ingress it applies to is configured right. Subclasses say which Ingresses
 * count and what is wrong with one; the namespace fails naming each offending Ingress and its problem, and is not
 * applicable when no Ingress counts.
 */
abstract class IngressCheck implements NamespaceCheck {

  /** Whether the Ingress is counted; the others are ignored. */
  protected boolean appliesTo(Ingress ingress) {
    return true;
  }

  protected String notApplicableReason() {
    return "no Ingress in the namespace";
  }

  /** What is wrong with an Ingress it applies to, or empty when it is configured right. */
  protected abstract Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace);

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<Ingress> counted = namespace.ingresses().stream().filter(this::appliesTo)
        .sorted(Comparator.comparing(i -> i.getMetadata().getName())).toList();
    if (counted.isEmpty()) {
      return Verdict.notApplicable(notApplicableReason());
    }
    List<String> offenders = counted.stream()
        .flatMap(i -> problem(i, namespace).map(p -> Ingresses.ref(i) + ": " + p).stream())
        .toList();
    if (offenders.isEmpty()) {
      return Verdict.pass("all " + counted.size() + " Ingresses pass");
    }
    return Verdict.fail(offenders.size() + " of " + counted.size() + " Ingresses fail: " + String.join("; ", offenders));
  }
}
