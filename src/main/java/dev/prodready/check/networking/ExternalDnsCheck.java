package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.kube.ExternalDns;
import dev.prodready.kube.Ingresses;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Records created by hand drift from the cluster. An Ingress with hosts counts as published by external-dns when it
 * carries an {@code external-dns.alpha.kubernetes.io/*} annotation or a DNSEndpoint in the namespace names each of its
 * hosts; a LoadBalancer Service when annotated {@code external-dns.alpha.kubernetes.io/hostname} or a DNSEndpoint
 * targets its load-balancer address. An external-dns that publishes every Ingress without annotations cannot be seen.
 */
@Singleton
public class ExternalDnsCheck implements NamespaceCheck {

  static final CheckInfo INFO = new CheckInfo("external-dns", "Networking #8", Networking, Medium,
      "DNS records of Ingress hosts and LoadBalancer Services are managed by external-dns",
      "Records created by hand drift from the cluster: a moved load balancer leaves a dangling name.",
      "Annotate the Ingress or Service external-dns.alpha.kubernetes.io/hostname, or declare the names in a "
          + "DNSEndpoint (externaldns.k8s.io) in the namespace.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Set<String> optionalCrds() {
    return Set.of(ExternalDns.DNS_ENDPOINT);
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<Ingress> ingresses = namespace.ingresses().stream().filter(i -> !Ingresses.hosts(i).isEmpty())
        .sorted(Comparator.comparing(Ingresses::ref)).toList();
    List<Service> loadBalancers = ExternalDns.loadBalancers(namespace);
    int published = ingresses.size() + loadBalancers.size();
    if (published == 0) {
      return Verdict.notApplicable("no Ingress host and no LoadBalancer Service to publish");
    }
    Set<String> endpointNames = ExternalDns.endpointNames(namespace);
    var offenders = new ArrayList<String>();
    for (Ingress ingress : ingresses) {
      boolean annotated = Ingresses.annotations(ingress).keySet().stream()
          .anyMatch(k -> k.startsWith(ExternalDns.ANNOTATION_PREFIX));
      List<String> unnamed = Ingresses.hosts(ingress).stream()
          .filter(h -> !endpointNames.contains(h.toLowerCase(Locale.ROOT))).toList();
      if (!annotated && !unnamed.isEmpty()) {
        offenders.add(Ingresses.ref(ingress) + ": " + String.join(", ", unnamed) + " not published by external-dns");
      }
    }
    loadBalancers.stream()
        .filter(s -> !ExternalDns.hasHostname(ExternalDns.annotations(s)) && !ExternalDns.endpointTargets(namespace, s))
        .map(s -> "service/" + s.getMetadata().getName() + ": LoadBalancer not published by external-dns").sorted()
        .forEach(offenders::add);
    return offenders.isEmpty() ? Verdict.pass("all " + published + " Ingresses and LoadBalancer Services are published")
        : Verdict.fail(offenders.size() + " of " + published + " not published: " + String.join("; ", offenders));
  }
}
