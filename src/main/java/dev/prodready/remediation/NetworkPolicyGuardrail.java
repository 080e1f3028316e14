package dev.prodready.remediation;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.RemediationSpec;
import dev.prodready.check.CheckInfo;
import dev.prodready.check.security.DefaultDenyNetworkPolicyCheck;
import dev.prodready.kube.LabelSelectors;
import dev.prodready.kube.NetworkPolicies;
import dev.prodready.kube.NetworkPolicies.Direction;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * prodready-default-deny (every pod, Ingress and Egress, no rules) and prodready-allow-dns (egress
 * to port 53). Held back while a workload behind a Service has no NetworkPolicy allowing its
 * ingress, unless the profile acknowledges the impact: the default-deny would cut that traffic at
 * once.
 */
public class NetworkPolicyGuardrail implements Guardrail {

  static final String DENY = Managed.PREFIX + "default-deny";
  static final String DNS = Managed.PREFIX + "allow-dns";

  @Override
  public CheckInfo check() {
    return DefaultDenyNetworkPolicyCheck.INFO;
  }

  @Override
  public String kind() {
    return "NetworkPolicy";
  }

  @Override
  public List<NetworkPolicy> objects(NamespaceSnapshot namespace) {
    return namespace.networkPolicies();
  }

  @Override
  public boolean enabled(RemediationSpec spec) {
    return Boolean.TRUE.equals(spec.getNetworkPolicy().getEnabled());
  }

  @Override
  public List<Plan> plan(
      NamespaceSnapshot ns, RemediationSpec spec, ReadinessProfile owner, List<Plan> earlier) {
    var theirs = ns.networkPolicies().stream().filter(p -> !Managed.isOurs(p, owner)).toList();
    if (DefaultDenyNetworkPolicyCheck.deniesByDefault(theirs)) {
      return List.of(
          Plan.exists(
              kind(),
              NetworkPolicies.defaultDeny(theirs, Direction.Ingress).get().getMetadata().getName(),
              check(),
              "the namespace already denies ingress and egress by default"));
    }
    var overrides = DefaultDenyNetworkPolicyCheck.overrides(theirs);
    if (!overrides.isEmpty()) {
      return List.of(
          Plan.skipped(
              kind(),
              DENY,
              check(),
              String.join(" and ", overrides)
                  + ": NetworkPolicies add up, so a default-deny beside it would deny nothing"
                  + " (remove it or narrow its rules)"));
    }
    var exposed = exposedWithoutAllowingPolicy(ns, theirs);
    if (!exposed.isEmpty()
        && !Boolean.TRUE.equals(spec.getNetworkPolicy().getAcknowledgeTrafficImpact())) {
      return List.of(
          Plan.heldBack(
              kind(),
              DENY,
              check(),
              "a default-deny would cut the traffic of workloads behind "
                  + "Services that no NetworkPolicy allows: "
                  + String.join(", ", exposed)
                  + " (add policies allowing their ingress, or set networkPolicy.acknowledgeTrafficImpact: true)"));
    }
    var plans = new ArrayList<Plan>();
    var deny =
        new NetworkPolicyBuilder()
            .withMetadata(Managed.metadata(DENY, owner))
            .withNewSpec()
            .withNewPodSelector()
            .endPodSelector()
            .withPolicyTypes("Ingress", "Egress")
            .endSpec()
            .build();
    String impact =
        exposed.isEmpty() ? "" : "; traffic impact acknowledged for " + String.join(", ", exposed);
    plans.add(
        Plan.planned(
            deny,
            check(),
            "no NetworkPolicy denies ingress and egress by default" + impact,
            Map.of("podSelector", "{}", "policyTypes", "Ingress,Egress")));
    if (!Boolean.FALSE.equals(spec.getNetworkPolicy().getAllowDNS()) && !allowsDns(theirs)) {
      plans.add(
          Plan.planned(
              allowDns(owner),
              check(),
              "pods need DNS once egress is denied",
              Map.of("egress", "port 53 UDP and TCP to any destination")));
    }
    return plans;
  }

  private static NetworkPolicy allowDns(ReadinessProfile owner) {
    return new NetworkPolicyBuilder()
        .withMetadata(Managed.metadata(DNS, owner))
        .withNewSpec()
        .withNewPodSelector()
        .endPodSelector()
        .withPolicyTypes("Egress")
        .addNewEgress()
        .addNewPort()
        .withProtocol("UDP")
        .withPort(new IntOrString(53))
        .endPort()
        .addNewPort()
        .withProtocol("TCP")
        .withPort(new IntOrString(53))
        .endPort()
        .endEgress()
        .endSpec()
        .build();
  }

  /**
   * Long-running workloads selected by a Service whose pods no policy with ingress rules selects.
   */
  static List<String> exposedWithoutAllowingPolicy(
      NamespaceSnapshot ns, List<NetworkPolicy> policies) {
    var exposed = new ArrayList<String>();
    for (Workload w : ns.workloads()) {
      if (!w.kind().isLongRunning() || w.podLabels().isEmpty()) {
        continue;
      }
      boolean behindService =
          ns.services().stream().anyMatch(s -> LabelSelectors.selects(s, w.podLabels()));
      boolean allowed =
          policies.stream()
              .anyMatch(
                  p ->
                      p.getSpec() != null
                          && LabelSelectors.matches(p.getSpec().getPodSelector(), w.podLabels())
                          && NetworkPolicies.governs(p, Direction.Ingress)
                          && p.getSpec().getIngress() != null
                          && !p.getSpec().getIngress().isEmpty());
      if (behindService && !allowed) {
        exposed.add(w.ref());
      }
    }
    return exposed;
  }

  private static boolean allowsDns(List<NetworkPolicy> policies) {
    return policies.stream()
        .anyMatch(
            p ->
                p.getSpec() != null
                    && LabelSelectors.isEmpty(p.getSpec().getPodSelector())
                    && p.getSpec().getEgress() != null
                    && p.getSpec().getEgress().stream()
                        .anyMatch(
                            r ->
                                r.getPorts() != null
                                    && r.getPorts().stream()
                                        .anyMatch(
                                            port ->
                                                port.getPort() != null
                                                    && Integer.valueOf(53)
                                                        .equals(port.getPort().getIntVal()))));
  }
}
