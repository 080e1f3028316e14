package dev.prodready.check.evidence;

import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * RBAC semantics for "who in this namespace is granted what", read from the snapshot without asking
 * the authorizer.
 */
public final class Rbac {

  /** Built-in ClusterRoles that grant (nearly) everything they are bound to. */
  public static final Set<String> BROAD_CLUSTER_ROLES = Set.of("cluster-admin", "admin");

  private static final List<String> PLATFORM_PREFIXES = List.of("system:", "kubeadm:");

  private Rbac() {}

  /**
   * The platform's own bindings: Kubernetes' bootstrap policy (system:controller:*,
   * system:kube-scheduler...) and kubeadm's (kubeadm:*). A ClusterRoleBinding counts only when both
   * its name and its role's name carry one of those prefixes, so a user binding named "system:app"
   * that grants cluster-admin is still judged.
   */
  public static boolean isPlatformBinding(ClusterRoleBinding binding) {
    return platformName(binding.getMetadata().getName())
        && binding.getRoleRef() != null
        && platformName(binding.getRoleRef().getName());
  }

  private static boolean platformName(String name) {
    return name != null && PLATFORM_PREFIXES.stream().anyMatch(name::startsWith);
  }

  /**
   * The bindings that grant a role to one service account of the namespace (directly, or through
   * the groups system:serviceaccounts:&lt;ns&gt; and system:serviceaccounts), platform bindings
   * left out: "RoleBinding leader-election grants Role leader-election".
   */
  public static List<String> grantsTo(String serviceAccount, NamespaceSnapshot namespace) {
    var grants = new ArrayList<String>();
    for (RoleBinding b : namespace.roleBindings()) {
      String bindingNs =
          b.getMetadata().getNamespace() == null
              ? namespace.name()
              : b.getMetadata().getNamespace();
      if (names(b.getSubjects(), bindingNs, namespace.name(), serviceAccount)) {
        grants.add("RoleBinding " + b.getMetadata().getName() + " grants " + role(b.getRoleRef()));
      }
    }
    for (ClusterRoleBinding b : namespace.cluster().clusterRoleBindings()) {
      if (!isPlatformBinding(b) && names(b.getSubjects(), null, namespace.name(), serviceAccount)) {
        grants.add(
            "ClusterRoleBinding " + b.getMetadata().getName() + " grants " + role(b.getRoleRef()));
      }
    }
    return grants;
  }

  private static boolean names(
      List<Subject> subjects, String bindingNamespace, String namespace, String account) {
    return namespaceSubjects(subjects, bindingNamespace, namespace).stream()
        .anyMatch(s -> s.equals("ServiceAccount " + account) || s.startsWith("Group "));
  }

  private static String role(RoleRef ref) {
    return ref == null ? "no role" : ref.getKind() + " " + ref.getName();
  }

  /**
   * The subjects that are this namespace's service accounts: a ServiceAccount of the namespace (in
   * a RoleBinding a subject without namespace means the binding's own), or the groups
   * system:serviceaccounts:&lt;ns&gt; and system:serviceaccounts (every service account). Users and
   * other groups are not tied to a namespace.
   */
  public static List<String> namespaceSubjects(
      List<Subject> subjects, String bindingNamespace, String namespace) {
    var found = new ArrayList<String>();
    for (Subject s : subjects == null ? List.<Subject>of() : subjects) {
      if ("ServiceAccount".equals(s.getKind())) {
        String ns =
            s.getNamespace() == null || s.getNamespace().isBlank()
                ? bindingNamespace
                : s.getNamespace();
        if (namespace.equals(ns)) {
          found.add("ServiceAccount " + s.getName());
        }
      } else if ("Group".equals(s.getKind())
          && (("system:serviceaccounts:" + namespace).equals(s.getName())
              || "system:serviceaccounts".equals(s.getName()))) {
        found.add("Group " + s.getName());
      }
    }
    return found;
  }

  /**
   * Why the referenced role grants more than least privilege: a broad built-in ClusterRole, or a
   * rule with "*" in verbs or resources. Role refs are looked up in the namespace, ClusterRole refs
   * in the cluster view; a role that is not found cannot be judged and reads as empty.
   */
  private static final Set<String> READ_VERBS = Set.of("get", "list", "watch");

  public static Optional<String> excess(RoleRef ref, NamespaceSnapshot namespace) {
    if (ref == null || ref.getName() == null) {
      return Optional.empty();
    }
    String name = ref.getName();
    if ("ClusterRole".equals(ref.getKind()) && BROAD_CLUSTER_ROLES.contains(name)) {
      return Optional.of("ClusterRole " + name);
    }
    List<PolicyRule> rules = rules(ref, namespace);
    return rules.stream().anyMatch(Rbac::wildcard)
        ? Optional.of(
            ref.getKind() + " " + name + " (a rule with * in " + wildcardFields(rules) + ")")
        : Optional.empty();
  }

  /**
   * The rules of the referenced role: a Role looked up in the namespace, a ClusterRole in the
   * cluster view; empty when it is not found (it cannot be judged) or the ref is of another kind.
   */
  public static List<PolicyRule> rules(RoleRef ref, NamespaceSnapshot namespace) {
    if (ref == null || ref.getName() == null) {
      return List.of();
    }
    String name = ref.getName();
    List<PolicyRule> rules = null;
    if ("ClusterRole".equals(ref.getKind())) {
      rules =
          namespace.cluster().clusterRoles().stream()
              .filter(r -> name.equals(r.getMetadata().getName()))
              .findFirst()
              .map(r -> r.getRules())
              .orElse(null);
    } else if ("Role".equals(ref.getKind())) {
      rules =
          namespace.roles().stream()
              .filter(r -> name.equals(r.getMetadata().getName()))
              .findFirst()
              .map(r -> r.getRules())
              .orElse(null);
    }
    return rules == null ? List.of() : rules;
  }

  /**
   * A "*" in verbs is always excessive. A "*" in resources is too, except in a read-only rule on
   * named API groups other than the core group: "read every constraint kind of
   * constraints.gatekeeper.sh" is how a reader follows a group whose kinds are defined at run time,
   * and reaches no Secret; "*" resources in the core group or in every group do.
   */
  private static boolean wildcard(PolicyRule rule) {
    return contains(rule.getVerbs(), "*")
        || contains(rule.getResources(), "*") && !readOnlyOnNamedNonCoreGroups(rule);
  }

  private static boolean readOnlyOnNamedNonCoreGroups(PolicyRule rule) {
    var groups = rule.getApiGroups();
    var verbs = rule.getVerbs();
    return groups != null
        && !groups.isEmpty()
        && groups.stream().noneMatch(g -> g.isEmpty() || g.equals("*"))
        && verbs != null
        && READ_VERBS.containsAll(verbs);
  }

  private static String wildcardFields(List<PolicyRule> rules) {
    boolean verbs = rules.stream().anyMatch(r -> contains(r.getVerbs(), "*"));
    boolean resources =
        rules.stream().filter(Rbac::wildcard).anyMatch(r -> contains(r.getResources(), "*"));
    return verbs && resources ? "verbs and resources" : verbs ? "verbs" : "resources";
  }

  private static boolean contains(List<String> values, String value) {
    return values != null && values.contains(value);
  }
}
