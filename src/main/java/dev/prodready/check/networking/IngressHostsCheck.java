package dev.prodready.check.networking;

import static dev.prodready.api.v1alpha1.Category.Networking;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.check.evidence.ExternalDns;
import dev.prodready.kube.Ingresses;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every entry point needs a DNS name. Partly automated: the operator makes no DNS queries, so it
 * checks that a name is declared, not that the A/CNAME record exists and points at the right
 * address. An Ingress rule names its host, so a rule (or default backend) without host fails. A
 * LoadBalancer Service declares a name only through {@code
 * external-dns.alpha.kubernetes.io/hostname}; without it the record may still be managed elsewhere
 * (a DNS console, Terraform, a CNAME to the load balancer's own name), which the cluster cannot
 * show, so that is Manual (attestable) rather than a Critical failure.
 */
@Singleton
public class IngressHostsCheck implements NamespaceCheck {

  static final CheckInfo INFO =
      CheckInfo.of("ingress-hosts", "Networking #7", Networking, Critical)
          .title("Every Ingress rule and LoadBalancer Service has a DNS name")
          .why(
              "Traffic reaching an entry point only by IP breaks when the address changes; partly automated: names are "
                  + "checked to be declared, DNS itself is not queried.")
          .hint(
              "Give every Ingress rule a host (and create its A/CNAME record), and annotate LoadBalancer Services "
                  + "external-dns.alpha.kubernetes.io/hostname (or attest the DNS records managed elsewhere).")
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "A host on every Ingress rule (no host-less rule or default backend), and the external-dns hostname "
        + "annotation on every LoadBalancer Service. Manual (attestable) when a LoadBalancer Service has no such "
        + "annotation: its record may be managed outside the cluster.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    List<Ingress> ingresses = namespace.ingresses();
    List<Service> loadBalancers = ExternalDns.loadBalancers(namespace);
    int entryPoints = ingresses.size() + loadBalancers.size();
    if (entryPoints == 0) {
      return Verdict.notApplicable("no Ingress and no LoadBalancer Service in the namespace");
    }
    var offenders = new ArrayList<String>();
    ingresses.stream()
        .filter(Ingresses::routesWithoutHost)
        .sorted(Comparator.comparing(Ingresses::ref))
        .forEach(
            i -> offenders.add(Ingresses.ref(i) + ": a rule (or the default backend) has no host"));
    List<String> unnamed =
        loadBalancers.stream()
            .filter(s -> !ExternalDns.hasHostname(ExternalDns.annotations(s)))
            .map(s -> ObjectRefs.of("service", s.getMetadata().getName()))
            .sorted()
            .toList();
    String unknown =
        unnamed.isEmpty()
            ? ""
            : String.join(", ", unnamed)
                + ": LoadBalancer without "
                + ExternalDns.HOSTNAME
                + "; DNS may be managed elsewhere: attest";
    if (!offenders.isEmpty()) {
      return Verdict.fail(
          offenders.size()
              + " of "
              + entryPoints
              + " entry points have no DNS name: "
              + String.join("; ", offenders)
              + (unknown.isEmpty() ? "" : " (" + unknown + ")"));
    }
    return unknown.isEmpty()
        ? Verdict.pass("all " + entryPoints + " entry points name a host")
        : Verdict.manual(unknown);
  }
}
