package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.ExternalDns;
import dev.prodready.kube.Ingresses;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * external-dns runs outside the namespace and its flags cannot be read, so the check separates what
 * the objects prove from what depends on external-dns's configuration.
 *
 * <p>Proof of publishing: an external-dns annotation on the Ingress or Service (hostname, ttl,
 * target...), or a DNSEndpoint in the namespace naming the host or targeting the load balancer. An
 * Ingress without any external-dns annotation passes too: external-dns's default ingress source
 * publishes the rule hosts of every Ingress without annotations (issue 10, #6), so requiring one
 * would be a false alarm on the most common setup. Proof of not publishing (Fail): an Ingress that
 * opts into {@code ingress-hostname-source: annotation-only} and whose rule hosts are neither in
 * its hostname annotation nor in a DNSEndpoint; external-dns then skips them. Manual (attestable):
 * a LoadBalancer Service without a hostname (external-dns publishes none by default, the record may
 * be managed elsewhere) and an object handed to another DNS controller ({@code controller}
 * annotation), which is outside external-dns. A cluster whose external-dns runs without the ingress
 * source (or with --ignore-ingress-rules-spec) cannot be seen from the namespace; attest or
 * annotate there.
 */
@Singleton
public class ExternalDnsCheck implements NamespaceCheck {

  static final CheckInfo INFO =
      CheckInfo.of("external-dns", "Networking #8", Networking, Medium)
          .title(
              "DNS records of Ingress hosts and LoadBalancer Services are managed by external-dns")
          .why(
              "Records created by hand drift from the cluster: a moved load balancer leaves a dangling name.")
          .hint(
              "Run external-dns with its ingress source (the default) for Ingress hosts; annotate LoadBalancer Services "
                  + "external-dns.alpha.kubernetes.io/hostname, or declare the names in a DNSEndpoint (externaldns.k8s.io).")
          .reads(OptionalCrd.DNS_ENDPOINT)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Ingress hosts pass as published by external-dns's default ingress source (annotated or not), unless the "
        + "Ingress is annotation-only and leaves them out (Fail) or names another DNS controller (Manual); each "
        + "LoadBalancer Service needs an external-dns hostname or a DNSEndpoint here targeting it, else Manual "
        + "(attestable: DNS may be managed elsewhere).";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<Ingress> ingresses =
        namespace.ingresses().stream()
            .filter(i -> !Ingresses.hosts(i).isEmpty())
            .sorted(Comparator.comparing(Ingresses::ref))
            .toList();
    List<Service> loadBalancers = ExternalDns.loadBalancers(namespace);
    int published = ingresses.size() + loadBalancers.size();
    if (published == 0) {
      return Verdict.notApplicable("no Ingress host and no LoadBalancer Service to publish");
    }
    Set<String> endpointNames = ExternalDns.endpointNames(namespace);
    var failures = new ArrayList<String>();
    var unknown = new ArrayList<String>();
    int byDefaultSource = 0;
    for (Ingress ingress : ingresses) {
      Map<String, String> annotations = Ingresses.annotations(ingress);
      List<String> unnamed =
          Ingresses.hosts(ingress).stream()
              .map(ExternalDns::normalize)
              .filter(h -> !endpointNames.contains(h))
              .toList();
      String other = ExternalDns.otherController(annotations);
      if (unnamed.isEmpty()) {
        continue;
      }
      if (other != null) {
        unknown.add(Ingresses.ref(ingress) + ": handed to DNS controller " + other);
      } else if ("annotation-only"
          .equals(ExternalDns.annotation(annotations, "ingress-hostname-source"))) {
        List<String> skipped =
            unnamed.stream().filter(h -> !ExternalDns.hostnames(annotations).contains(h)).toList();
        if (!skipped.isEmpty()) {
          failures.add(
              Ingresses.ref(ingress)
                  + ": "
                  + String.join(", ", skipped)
                  + " skipped by external-dns (ingress-hostname-source: annotation-only)");
        }
      } else if (annotations.keySet().stream()
          .noneMatch(
              k ->
                  k.startsWith(ExternalDns.ANNOTATION_PREFIX)
                      || k.startsWith(ExternalDns.CURRENT_PREFIX))) {
        byDefaultSource++;
      }
    }
    for (Service s : loadBalancers) {
      Map<String, String> annotations = ExternalDns.annotations(s);
      if (!ExternalDns.hasHostname(annotations) && !ExternalDns.endpointTargets(namespace, s)) {
        unknown.add(
            ObjectRefs.of("service", s.getMetadata().getName())
                + ": LoadBalancer without an external-dns hostname");
      }
    }
    if (!failures.isEmpty()) {
      return Verdict.fail(
          failures.size() + " of " + published + " not published: " + String.join("; ", failures));
    }
    String defaults =
        byDefaultSource == 0
            ? ""
            : " ("
                + byDefaultSource
                + " unannotated Ingress"
                + (byDefaultSource == 1 ? "" : "es")
                + " by external-dns's default ingress source)";
    return unknown.isEmpty()
        ? Verdict.pass(
            "all " + published + " Ingresses and LoadBalancer Services are published" + defaults)
        : Verdict.manual(String.join("; ", unknown) + "; DNS may be managed elsewhere: attest");
  }
}
