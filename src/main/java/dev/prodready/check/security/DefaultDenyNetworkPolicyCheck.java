package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.NetworkPolicies;
import dev.prodready.kube.NetworkPolicies.Direction;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NetworkPolicies are additive: a policy selecting every pod with a rule that allows everything
 * (often left by a chart or a debugging session) beside the default-deny opens that direction
 * again, so the namespace fails.
 */
@Singleton
public class DefaultDenyNetworkPolicyCheck implements NamespaceCheck {

  public static final CheckInfo INFO =
      CheckInfo.of("default-deny-network-policy", "Security #10", Security, Critical)
          .title("NetworkPolicies deny ingress and egress by default")
          .why(
              "Without a default-deny every pod can reach and be reached by anything; one compromised pod reaches all the others.")
          .hint(
              "Create a NetworkPolicy with podSelector: {} and policyTypes [Ingress, Egress], then allow the needed traffic.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads the namespace's NetworkPolicies: a policy with podSelector {} governing Ingress and one governing "
        + "Egress without an allow-everything rule pass, unless another policy selecting every pod allows all traffic "
        + "in that direction. Never Manual.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<NetworkPolicy> policies = namespace.networkPolicies();
    List<String> overridden = overrides(policies);
    if (!overridden.isEmpty()) {
      return Verdict.fail(
          String.join(" and ", overridden) + ", so the namespace does not deny by default");
    }
    Optional<NetworkPolicy> ingress = NetworkPolicies.defaultDeny(policies, Direction.Ingress);
    Optional<NetworkPolicy> egress = NetworkPolicies.defaultDeny(policies, Direction.Egress);
    if (deniesByDefault(policies)) {
      String by =
          ingress.get() == egress.get()
              ? ingress.get().getMetadata().getName()
              : ingress.get().getMetadata().getName()
                  + " (ingress) and "
                  + egress.get().getMetadata().getName()
                  + " (egress)";
      return Verdict.pass("default-deny by " + by);
    }
    var open = new ArrayList<String>();
    ingress.ifPresentOrElse(p -> {}, () -> open.add("ingress"));
    egress.ifPresentOrElse(p -> {}, () -> open.add("egress"));
    return Verdict.fail("no NetworkPolicy denies " + String.join(" or ", open) + " by default");
  }

  /**
   * The rule of this check and of the NetworkPolicy guardrail (which stands down when it holds):
   * ingress and egress are denied by default, and no policy selecting every pod allows all traffic
   * again.
   */
  public static boolean deniesByDefault(List<NetworkPolicy> policies) {
    return overrides(policies).isEmpty()
        && NetworkPolicies.defaultDeny(policies, Direction.Ingress).isPresent()
        && NetworkPolicies.defaultDeny(policies, Direction.Egress).isPresent();
  }

  /** The policies that select every pod and allow all traffic in a direction, as sentences. */
  public static List<String> overrides(List<NetworkPolicy> policies) {
    var overridden = new ArrayList<String>();
    for (Direction d : Direction.values()) {
      NetworkPolicies.allowAll(policies, d)
          .ifPresent(
              p ->
                  overridden.add(
                      "NetworkPolicy "
                          + p.getMetadata().getName()
                          + " allows all "
                          + d.name().toLowerCase()
                          + " to every pod"));
    }
    return overridden;
  }
}
