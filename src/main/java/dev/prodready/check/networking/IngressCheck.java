package dev.prodready.check.networking;

import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.Ingresses;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A namespace check that holds when every Ingress it applies to is configured right. Subclasses say
 * which Ingresses count, which cannot be judged (an ingress class the check does not know) and what
 * is wrong with one; the namespace fails naming each offending Ingress and its problem, is Manual
 * when no Ingress fails but some cannot be judged, and is not applicable when no Ingress counts.
 */
abstract class IngressCheck implements NamespaceCheck {

  /** Whether the Ingress is counted; the others are ignored. */
  protected boolean appliesTo(Ingress ingress) {
    return true;
  }

  protected String notApplicableReason() {
    return "no Ingress in the namespace";
  }

  /** Why the Ingress cannot be judged from the objects (a person must), or empty when it can. */
  protected Optional<String> undecidable(Ingress ingress, NamespaceSnapshot namespace) {
    return Optional.empty();
  }

  /** What is wrong with an Ingress it applies to, or empty when it is configured right. */
  protected abstract Optional<String> problem(Ingress ingress, NamespaceSnapshot namespace);

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<Ingress> counted =
        namespace.ingresses().stream()
            .filter(this::appliesTo)
            .sorted(Comparator.comparing(i -> i.getMetadata().getName()))
            .toList();
    if (counted.isEmpty()) {
      return Verdict.notApplicable(notApplicableReason());
    }
    var offenders = new ArrayList<String>();
    var unjudged = new ArrayList<String>();
    for (Ingress ingress : counted) {
      Optional<String> unknown = undecidable(ingress, namespace);
      if (unknown.isPresent()) {
        unjudged.add(Ingresses.ref(ingress) + ": " + unknown.get());
      } else {
        problem(ingress, namespace)
            .ifPresent(p -> offenders.add(Ingresses.ref(ingress) + ": " + p));
      }
    }
    String manual = unjudged.isEmpty() ? "" : String.join("; ", unjudged);
    if (!offenders.isEmpty()) {
      return Verdict.fail(
          offenders.size()
              + " of "
              + counted.size()
              + " Ingresses fail: "
              + String.join("; ", offenders)
              + (manual.isEmpty() ? "" : " (not judged: " + manual + ")"));
    }
    return manual.isEmpty()
        ? Verdict.pass("all " + counted.size() + " Ingresses pass")
        : Verdict.manual(manual);
  }
}
