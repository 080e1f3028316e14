package dev.prodready.remediation;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.RemediationAction;
import dev.prodready.api.v1alpha1.RemediationMode;
import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.api.v1alpha1.RemediationStatus;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plans every enabled guardrail and, in Enforce mode, makes the operator's objects match the plan.
 * It writes only objects named in a plan or already the operator's (label and owner reference); it
 * deletes only its own PDBs that are no longer wanted; an object whose label the user removed is
 * released (the owner reference is dropped so that deleting the profile does not delete it).
 */
@ApplicationScoped
public class Remediator {

  static final String FIELD_MANAGER = "prodready";

  /** Reason of an Exists action whose object is the operator's own (not a user's equivalent). */
  public static final String OWN_OBJECT = "created by prodready";

  private static final List<Guardrail> GUARDRAILS =
      List.of(
          new LimitRangeGuardrail(),
          new ResourceQuotaGuardrail(),
          new NetworkPolicyGuardrail(),
          new PodDisruptionBudgetGuardrail(),
          new PrometheusRuleGuardrail());

  private final KubernetesClient client;
  private final boolean serverSideApply;

  public Remediator(
      KubernetesClient client,
      @ConfigProperty(name = "quarkus.operator-sdk.enable-ssa", defaultValue = "true")
          boolean serverSideApply) {
    this.client = client;
    this.serverSideApply = serverSideApply;
  }

  /** Plans only: what the guardrails would do, without touching the cluster. */
  public static List<Plan> plan(
      NamespaceSnapshot ns, RemediationSpec spec, ReadinessProfile owner) {
    var plans = new ArrayList<Plan>();
    for (Guardrail g : GUARDRAILS) {
      if (g.enabled(spec)) {
        plans.addAll(g.plan(ns, spec, owner, List.copyOf(plans)));
      }
    }
    return plans;
  }

  public RemediationStatus remediate(NamespaceSnapshot ns, ReadinessProfile owner) {
    RemediationSpec spec =
        owner.getSpec().getRemediation() == null
            ? new RemediationSpec()
            : owner.getSpec().getRemediation();
    if (spec.getMode() == null || spec.getMode() == RemediationMode.Off) {
      return new RemediationStatus(RemediationMode.Off, "Off", List.of());
    }
    boolean enforce = spec.getMode() == RemediationMode.Enforce;
    var actions = new ArrayList<RemediationAction>();
    List<Plan> plans = plan(ns, spec, owner);
    for (Plan p : plans) {
      actions.add(
          p.decision() == Decision.Planned
              ? realize(p, ns, owner, enforce)
              : action(p, p.decision().name(), p.reason()));
    }
    for (HasMetadata ours : managedPdbsNoLongerWanted(ns, owner, plans, spec)) {
      actions.add(delete(ours, enforce));
    }
    for (HasMetadata released : unlabelledButOwned(ns, owner)) {
      actions.add(release(released, owner, enforce));
    }
    actions.sort(
        Comparator.comparing(RemediationAction::kind).thenComparing(RemediationAction::name));
    return new RemediationStatus(spec.getMode(), summary(spec.getMode(), actions), actions);
  }

  private RemediationAction realize(
      Plan p, NamespaceSnapshot ns, ReadinessProfile owner, boolean enforce) {
    Optional<HasMetadata> current =
        managedObjects(ns, owner)
            .filter(o -> o.getKind().equals(p.kind()) && o.getMetadata().getName().equals(p.name()))
            .findFirst();
    if (current.isPresent() && SpecCoverage.covers(current.get(), p.desired())) {
      return action(p, "Exists", OWN_OBJECT);
    }
    if (!enforce) {
      return action(
          p,
          "Planned",
          current.isPresent() ? "would be restored to its desired state" : p.reason());
    }
    try {
      apply(p.desired());
      return current.isPresent()
          ? action(p, "Updated", "restored to its desired state after a change")
          : action(p, "Created", p.reason());
    } catch (KubernetesClientException e) {
      return action(p, "Failed", e.getMessage());
    }
  }

  private void apply(HasMetadata desired) {
    if (serverSideApply) {
      client
          .resource(desired)
          .patch(
              new PatchContext.Builder()
                  .withPatchType(PatchType.SERVER_SIDE_APPLY)
                  .withFieldManager(FIELD_MANAGER)
                  .withForce(true)
                  .build());
    } else {
      client.resource(desired).createOr(NonDeletingOperation::update);
    }
  }

  private RemediationAction delete(HasMetadata ours, boolean enforce) {
    String reason =
        "the workload no longer runs 2 or more replicas (a PDB would block node drains)";
    if (!enforce) {
      return new RemediationAction(
          ours.getKind(),
          ours.getMetadata().getName(),
          "Planned",
          "would be deleted: " + reason,
          PodDisruptionBudgetGuardrail.CHECK,
          Map.of());
    }
    try {
      client.resource(ours).delete();
      return new RemediationAction(
          ours.getKind(),
          ours.getMetadata().getName(),
          "Deleted",
          reason,
          PodDisruptionBudgetGuardrail.CHECK,
          Map.of());
    } catch (KubernetesClientException e) {
      return new RemediationAction(
          ours.getKind(),
          ours.getMetadata().getName(),
          "Failed",
          e.getMessage(),
          PodDisruptionBudgetGuardrail.CHECK,
          Map.of());
    }
  }

  private RemediationAction release(HasMetadata object, ReadinessProfile owner, boolean enforce) {
    String reason =
        "the " + Managed.LABEL + " label was removed: the object belongs to the user now";
    if (enforce) {
      try {
        client
            .resource(object)
            .edit(
                o -> {
                  o.getMetadata()
                      .getOwnerReferences()
                      .removeIf(r -> Objects.equals(r.getUid(), owner.getMetadata().getUid()));
                  return o;
                });
      } catch (KubernetesClientException e) {
        return new RemediationAction(
            object.getKind(),
            object.getMetadata().getName(),
            "Failed",
            e.getMessage(),
            null,
            Map.of());
      }
    }
    return new RemediationAction(
        object.getKind(),
        object.getMetadata().getName(),
        enforce ? "Released" : "Planned",
        enforce ? reason : "would be released: " + reason,
        null,
        Map.of());
  }

  private static List<HasMetadata> managedPdbsNoLongerWanted(
      NamespaceSnapshot ns, ReadinessProfile owner, List<Plan> plans, RemediationSpec spec) {
    if (!Boolean.TRUE.equals(spec.getPodDisruptionBudgets().getEnabled())) {
      return List.of();
    }
    var wanted =
        plans.stream()
            .filter(p -> p.desired() != null && p.kind().equals("PodDisruptionBudget"))
            .map(Plan::name)
            .toList();
    return ns.podDisruptionBudgets().stream()
        .filter(p -> Managed.isOurs(p, owner))
        .filter(p -> !wanted.contains(p.getMetadata().getName()))
        .map(HasMetadata.class::cast)
        .toList();
  }

  private static Stream<HasMetadata> allGuardrailObjects(NamespaceSnapshot ns) {
    return Stream.of(
            ns.resourceQuotas(),
            ns.limitRanges(),
            ns.networkPolicies(),
            ns.podDisruptionBudgets(),
            ns.extraHere(OptionalCrd.PROMETHEUS_RULE).orElse(List.of()))
        .flatMap(List::stream)
        .map(HasMetadata.class::cast);
  }

  private static Stream<HasMetadata> managedObjects(NamespaceSnapshot ns, ReadinessProfile owner) {
    return allGuardrailObjects(ns).filter(o -> Managed.isOurs(o, owner));
  }

  private static List<HasMetadata> unlabelledButOwned(
      NamespaceSnapshot ns, ReadinessProfile owner) {
    return allGuardrailObjects(ns)
        .filter(o -> Managed.ownedBy(o, owner) && !Managed.labelled(o))
        .toList();
  }

  private static RemediationAction action(Plan p, String action, String reason) {
    return new RemediationAction(p.kind(), p.name(), action, reason, p.check(), p.values());
  }

  static String summary(RemediationMode mode, List<RemediationAction> actions) {
    var counts = new TreeMap<String, Long>();
    actions.forEach(a -> counts.merge(a.action(), 1L, Long::sum));
    if (counts.isEmpty()) {
      return mode + ": nothing to do";
    }
    var parts = new ArrayList<String>();
    counts.forEach(
        (action, n) ->
            parts.add(n + " " + action.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()));
    return mode + ": " + String.join(", ", parts);
  }
}
