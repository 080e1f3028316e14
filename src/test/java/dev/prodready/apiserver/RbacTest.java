package dev.prodready.apiserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.check.CheckCatalog;
import dev.prodready.check.Checks;
import dev.prodready.reconciler.NamespaceInformers;
import io.fabric8.kubernetes.api.Pluralize;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The RBAC in config/rbac.yaml (the chart rendered with default values) grants what the operator's
 * code needs, derived from the code (the informers it starts, the status it writes, the Events it
 * records) and checked by the real API server's authorizer; and it grants nothing the code does not
 * need.
 */
@Tag("apiserver")
class RbacTest {

  private static final String OPERATOR =
      "system:serviceaccount:prodready-system:prodready-operator";
  private static KubernetesClient admin;

  record Permission(
      String group,
      String resource,
      String subresource,
      String verb,
      String name,
      String namespace) {
    Permission(String group, String resource, String subresource, String verb) {
      this(group, resource, subresource, verb, "", "");
    }

    Permission(String group, String resource, String subresource, String verb, String name) {
      this(group, resource, subresource, verb, name, "");
    }

    @Override
    public String toString() {
      return verb
          + " "
          + resource
          + (subresource.isEmpty() ? "" : "/" + subresource)
          + (group.isEmpty() ? "" : "." + group)
          + (name.isEmpty() ? "" : " " + name)
          + (namespace.isEmpty() ? "" : " in " + namespace);
    }
  }

  @BeforeAll
  static void installRbac() {
    admin = LocalApiServer.adminClient();
    LocalApiServer.applyFolderFile(admin, Path.of("config/rbac.yaml"));
  }

  @AfterAll
  static void close() {
    admin.close();
  }

  static List<Permission> required() {
    var needed = new ArrayList<Permission>();
    var watched = new ArrayList<Class<? extends HasMetadata>>(NamespaceInformers.WATCHED);
    watched.addAll(NamespaceInformers.WATCHED_CLUSTER);
    watched.add(ReadinessProfile.class);
    for (Class<? extends HasMetadata> type : watched) {
      for (String verb : List.of("list", "watch")) {
        needed.add(
            new Permission(HasMetadata.getGroup(type), HasMetadata.getPlural(type), "", verb));
      }
    }
    needed.add(new Permission("apiextensions.k8s.io", "customresourcedefinitions", "", "list"));
    needed.add(new Permission("apiextensions.k8s.io", "customresourcedefinitions", "", "watch"));
    for (String kind : new TreeSet<>(optionalKinds())) {
      String group = kind.substring(0, kind.indexOf('/'));
      String name = kind.substring(kind.indexOf('/') + 1);
      // "group/*": every kind of the group (Gatekeeper constraints), so every resource of it.
      String plural = name.equals("*") ? "*" : Pluralize.toPlural(name.toLowerCase());
      needed.add(new Permission(group, plural, "", "list"));
      needed.add(new Permission(group, plural, "", "watch"));
    }
    needed.add(new Permission("prodready.dev", "readinessprofiles", "status", "patch"));
    // Remediation: create every guardrail kind; update, patch and delete the operator's own
    // objects.
    for (String[] kind :
        new String[][] {
          {"", "resourcequotas", "prodready-quota"},
          {"", "limitranges", "prodready-limits"},
          {"networking.k8s.io", "networkpolicies", "prodready-default-deny"},
          {"networking.k8s.io", "networkpolicies", "prodready-allow-dns"},
          {"policy", "poddisruptionbudgets", "prodready-deployment-api"},
          {"monitoring.coreos.com", "prometheusrules", "prodready-alerts"}
        }) {
      needed.add(new Permission(kind[0], kind[1], "", "create"));
      for (String verb : List.of("update", "patch", "delete")) {
        needed.add(new Permission(kind[0], kind[1], "", verb, kind[2]));
      }
    }
    needed.add(new Permission("", "events", "", "create"));
    // Leader election (config/operator.yaml): the Lease in the operator's namespace, renewed with
    // patch.
    for (String verb : List.of("get", "create", "update", "patch")) {
      needed.add(new Permission("coordination.k8s.io", "leases", "", verb, "", "prodready-system"));
    }
    return needed;
  }

  /** The optional CRD kinds the checks read, which the operator watches once they are served. */
  static Set<String> optionalKinds() {
    return CheckCatalog.optionalKinds(Checks.all());
  }

  static List<Permission> denied(String user) {
    return required().stream().filter(p -> !allowed(user, p)).toList();
  }

  private static boolean allowed(String user, Permission p) {
    var review =
        admin
            .authorization()
            .v1()
            .subjectAccessReview()
            .create(
                new SubjectAccessReviewBuilder()
                    .withNewSpec()
                    .withUser(user)
                    .withGroups("system:serviceaccounts", "system:authenticated")
                    .withNewResourceAttributes()
                    .withGroup(p.group())
                    .withResource(p.resource())
                    .withSubresource(p.subresource())
                    .withVerb(p.verb())
                    .withName(p.name())
                    .withNamespace(p.namespace())
                    .endResourceAttributes()
                    .endSpec()
                    .build());
    return review.getStatus().getAllowed();
  }

  @Test
  void shippedRbacGrantsEverythingTheOperatorDoes() {
    assertEquals(List.of(), denied(OPERATOR));
  }

  /**
   * Every permission a shipped rule grants is one the code needs (a rule without resourceNames
   * covers any name).
   */
  @Test
  void shippedRbacGrantsNothingMore() throws Exception {
    var needed = required();
    var excess = new ArrayList<String>();
    for (HasMetadata o : admin.load(Files.newInputStream(Path.of("config/rbac.yaml"))).items()) {
      List<PolicyRule> rules =
          o instanceof ClusterRole c
              ? c.getRules()
              : o instanceof Role r ? r.getRules() : List.of();
      String namespace = o instanceof ClusterRole ? "" : o.getMetadata().getNamespace();
      for (Permission granted : expand(rules, namespace)) {
        boolean used =
            needed.stream()
                .anyMatch(
                    n ->
                        n.group().equals(granted.group())
                            && n.resource().equals(granted.resource())
                            && n.subresource().equals(granted.subresource())
                            && n.verb().equals(granted.verb())
                            && n.namespace().equals(granted.namespace())
                            && (granted.name().isEmpty() || granted.name().equals(n.name())));
        if (!used) {
          excess.add(granted.toString());
        }
      }
    }
    assertEquals(List.of(), excess, "granted but not needed by the code");
  }

  private static List<Permission> expand(List<PolicyRule> rules, String namespace) {
    var out = new ArrayList<Permission>();
    for (PolicyRule rule : rules) {
      List<String> names =
          rule.getResourceNames() == null || rule.getResourceNames().isEmpty()
              ? List.of("")
              : rule.getResourceNames();
      for (String group : rule.getApiGroups()) {
        for (String resource : rule.getResources()) {
          String plural =
              resource.contains("/") ? resource.substring(0, resource.indexOf('/')) : resource;
          String sub = resource.contains("/") ? resource.substring(resource.indexOf('/') + 1) : "";
          for (String verb : rule.getVerbs()) {
            names.forEach(
                name -> out.add(new Permission(group, plural, sub, verb, name, namespace)));
          }
        }
      }
    }
    return out;
  }

  @Test
  void aMissingPermissionIsCaught() throws Exception {
    ClusterRole shipped =
        admin.load(Files.newInputStream(Path.of("config/rbac.yaml"))).items().stream()
            .filter(ClusterRole.class::isInstance)
            .map(ClusterRole.class::cast)
            .filter(r -> r.getMetadata().getName().equals("prodready-operator-namespaced"))
            .findFirst()
            .orElseThrow();
    ClusterRole reduced = Serialization.clone(shipped);
    reduced.getMetadata().setName("prodready-reduced");
    reduced.getRules().forEach(rule -> rule.getResources().remove("statefulsets"));
    admin.resource(reduced).serverSideApply();
    for (String role : List.of("prodready-reduced", "prodready-operator-cluster")) {
      admin
          .resource(
              new ClusterRoleBindingBuilder()
                  .withNewMetadata()
                  .withName(role + "-reduced")
                  .endMetadata()
                  .withNewRoleRef()
                  .withApiGroup("rbac.authorization.k8s.io")
                  .withKind("ClusterRole")
                  .withName(role)
                  .endRoleRef()
                  .addNewSubject()
                  .withKind("ServiceAccount")
                  .withName("reduced")
                  .withNamespace("prodready-system")
                  .endSubject()
                  .build())
          .serverSideApply();
    }

    admin
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName("prodready-reduced-leader-election")
                .withNamespace("prodready-system")
                .endMetadata()
                .withNewRoleRef()
                .withApiGroup("rbac.authorization.k8s.io")
                .withKind("Role")
                .withName("prodready-operator-leader-election")
                .endRoleRef()
                .addNewSubject()
                .withKind("ServiceAccount")
                .withName("reduced")
                .withNamespace("prodready-system")
                .endSubject()
                .build())
        .serverSideApply();

    assertEquals(
        List.of("list statefulsets.apps", "watch statefulsets.apps"),
        denied("system:serviceaccount:prodready-system:reduced").stream()
            .map(Permission::toString)
            .toList());
  }
}
