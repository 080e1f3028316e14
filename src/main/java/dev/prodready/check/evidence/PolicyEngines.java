package dev.prodready.check.evidence;

import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Admission policy engines as seen from one namespace: Kyverno and OPA Gatekeeper policies that
 * apply to it.
 */
public final class PolicyEngines {

  private PolicyEngines() {}

  /**
   * Kyverno ClusterPolicies (they may apply anywhere) and the Policies of this namespace (they
   * apply only here).
   */
  public static List<GenericKubernetesResource> kyvernoPolicies(NamespaceSnapshot namespace) {
    var policies =
        new ArrayList<GenericKubernetesResource>(
            namespace.extra(OptionalCrd.KYVERNO_CLUSTER_POLICY).orElse(List.of()));
    policies.addAll(namespace.extraHere(OptionalCrd.KYVERNO_POLICY).orElse(List.of()));
    return policies;
  }

  /**
   * Whether a Kyverno policy blocks what it validates in this namespace: a validate or verifyImages
   * rule whose failureAction (the rule's own, Kyverno 1.13+) or else spec.validationFailureAction
   * is Enforce, unless a spec.validationFailureActionOverrides entry naming this namespace sets
   * Audit. Kyverno's default is Audit, which only reports.
   */
  public static boolean enforces(GenericKubernetesResource kyvernoPolicy, String namespace) {
    return enforces(kyvernoPolicy, namespace, List.of("validate", "verifyImages"));
  }

  /**
   * {@link #enforces(GenericKubernetesResource, String)} for rules of the given kinds only
   * ("verifyImages").
   */
  public static boolean enforces(
      GenericKubernetesResource kyvernoPolicy, String namespace, List<String> ruleKinds) {
    String policyAction = Unstructured.string(kyvernoPolicy, "spec", "validationFailureAction");
    for (Map<String, Object> override :
        Unstructured.maps(kyvernoPolicy, "spec", "validationFailureActionOverrides")) {
      if (Unstructured.strings(override, "namespaces").stream()
          .anyMatch(n -> globMatches(n, namespace))) {
        policyAction = Unstructured.string(override, "action");
      }
    }
    String fallback = policyAction;
    return Unstructured.maps(kyvernoPolicy, "spec", "rules").stream()
        .anyMatch(
            rule -> {
              for (String kind : ruleKinds) {
                Object body = Unstructured.value(rule, kind);
                if (body == null || body instanceof List<?> l && l.isEmpty()) {
                  continue;
                }
                String own = Unstructured.string(body, "failureAction");
                if (body instanceof List<?> list) {
                  own =
                      list.stream()
                          .map(e -> Unstructured.string(e, "failureAction"))
                          .filter(a -> !a.isEmpty())
                          .findFirst()
                          .orElse("");
                }
                if ("enforce".equalsIgnoreCase(own.isEmpty() ? fallback : own)) {
                  return true;
                }
              }
              return false;
            });
  }

  /**
   * The Gatekeeper constraints (objects of any constraints.gatekeeper.sh kind) that deny in this
   * namespace: spec.enforcementAction absent or "deny" (dryrun and warn let the object in), and
   * spec.match.namespaces absent or naming it, spec.match.excludedNamespaces not naming it (a
   * trailing "*" is a prefix glob).
   */
  public static List<GenericKubernetesResource> denyingConstraints(NamespaceSnapshot namespace) {
    return namespace.extras().entrySet().stream()
        .filter(e -> OptionalCrd.GATEKEEPER_CONSTRAINTS.matches(e.getKey()))
        .flatMap(e -> e.getValue().stream())
        .filter(
            c -> {
              String action = Unstructured.string(c, "spec", "enforcementAction");
              return action.isEmpty() || action.equalsIgnoreCase("deny");
            })
        .filter(
            c -> {
              List<String> included = Unstructured.strings(c, "spec", "match", "namespaces");
              List<String> excluded =
                  Unstructured.strings(c, "spec", "match", "excludedNamespaces");
              return (included.isEmpty()
                      || included.stream().anyMatch(n -> globMatches(n, namespace.name())))
                  && excluded.stream().noneMatch(n -> globMatches(n, namespace.name()));
            })
        .sorted(Comparator.comparing(Unstructured::name))
        .toList();
  }

  /**
   * Whether any constraints.gatekeeper.sh kind is served (Gatekeeper has at least one
   * ConstraintTemplate).
   */
  public static boolean servesConstraints(NamespaceSnapshot namespace) {
    return namespace.extras().keySet().stream()
        .anyMatch(OptionalCrd.GATEKEEPER_CONSTRAINTS::matches);
  }

  private static boolean globMatches(String pattern, String name) {
    return pattern.endsWith("*")
        ? name.startsWith(pattern.substring(0, pattern.length() - 1))
        : pattern.equals(name);
  }

  /**
   * Whether a Kyverno policy has a rule that verifies image signatures (a non-empty verifyImages).
   */
  public static boolean verifiesImages(GenericKubernetesResource kyvernoPolicy) {
    return Unstructured.maps(kyvernoPolicy, "spec", "rules").stream()
        .anyMatch(
            rule -> Unstructured.value(rule, "verifyImages") instanceof List<?> l && !l.isEmpty());
  }
}
