package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * NetworkPolicy semantics needed to tell whether a namespace denies traffic by default. A direction
 * is denied by default when some policy selects every pod ({@code podSelector: {}}), governs that
 * direction and none of its rules for that direction allows everything. Rules that allow specific
 * peers or ports (DNS egress, for example) keep the default-deny: traffic not explicitly allowed is
 * still dropped.
 */
public final class NetworkPolicies {

  public enum Direction {
    Ingress,
    Egress
  }

  private NetworkPolicies() {}

  public static Optional<NetworkPolicy> defaultDeny(
      Collection<NetworkPolicy> policies, Direction direction) {
    return policies.stream().filter(p -> deniesByDefault(p, direction)).findFirst();
  }

  static boolean deniesByDefault(NetworkPolicy policy, Direction direction) {
    var spec = policy.getSpec();
    if (spec == null
        || !LabelSelectors.isEmpty(spec.getPodSelector())
        || !governs(policy, direction)) {
      return false;
    }
    if (direction == Direction.Ingress) {
      return spec.getIngress() == null
          || spec.getIngress().stream().noneMatch(r -> allowsAll(r.getFrom(), r.getPorts()));
    }
    return spec.getEgress() == null
        || spec.getEgress().stream().noneMatch(r -> allowsAll(r.getTo(), r.getPorts()));
  }

  /**
   * A policy that selects every pod ({@code podSelector: {}}) and allows all traffic in the
   * direction (a rule with no peers and no ports, or only everything-peers). NetworkPolicies are
   * additive, so beside it a default-deny denies nothing in that direction.
   */
  public static Optional<NetworkPolicy> allowAll(
      Collection<NetworkPolicy> policies, Direction direction) {
    return policies.stream().filter(p -> allowsAllToEveryPod(p, direction)).findFirst();
  }

  static boolean allowsAllToEveryPod(NetworkPolicy policy, Direction direction) {
    var spec = policy.getSpec();
    if (spec == null
        || !LabelSelectors.isEmpty(spec.getPodSelector())
        || !governs(policy, direction)) {
      return false;
    }
    return direction == Direction.Ingress
        ? spec.getIngress() != null
            && spec.getIngress().stream().anyMatch(r -> allowsAll(r.getFrom(), r.getPorts()))
        : spec.getEgress() != null
            && spec.getEgress().stream().anyMatch(r -> allowsAll(r.getTo(), r.getPorts()));
  }

  /**
   * policyTypes absent means Ingress, plus Egress when the policy has egress rules (Kubernetes
   * defaulting).
   */
  public static boolean governs(NetworkPolicy policy, Direction direction) {
    var spec = policy.getSpec();
    List<String> types = spec.getPolicyTypes();
    if (types == null || types.isEmpty()) {
      return direction == Direction.Ingress
          || (spec.getEgress() != null && !spec.getEgress().isEmpty());
    }
    return types.contains(direction.name());
  }

  private static boolean allowsAll(List<NetworkPolicyPeer> peers, List<NetworkPolicyPort> ports) {
    boolean anyPort = ports == null || ports.isEmpty();
    boolean anyPeer =
        peers == null || peers.isEmpty() || peers.stream().anyMatch(NetworkPolicies::isEverything);
    return anyPort && anyPeer;
  }

  private static boolean isEverything(NetworkPolicyPeer peer) {
    IPBlock block = peer.getIpBlock();
    if (block != null) {
      return ("0.0.0.0/0".equals(block.getCidr()) || "::/0".equals(block.getCidr()))
          && (block.getExcept() == null || block.getExcept().isEmpty());
    }
    return peer.getNamespaceSelector() != null
        && LabelSelectors.isEmpty(peer.getNamespaceSelector())
        && (peer.getPodSelector() == null || LabelSelectors.isEmpty(peer.getPodSelector()));
  }
}
