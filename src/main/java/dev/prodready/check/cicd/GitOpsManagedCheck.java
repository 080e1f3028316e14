package dev.prodready.check.cicd;

import static dev.prodready.api.v1alpha1.Category.CICD;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.check.evidence.GitOps;
import dev.prodready.kube.Unstructured;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * The marks Argo CD and Flux leave on what they apply, and why app.kubernetes.io/instance is read
 * as Argo CD's tracking label only without Helm's release annotations, are described in {@link
 * GitOps}. When that label is the only mark and Argo CD is not installed in this cluster, the
 * workload is Manual (attestable): Argo CD may run in a management cluster the operator cannot see,
 * and guessing either way would be a false verdict.
 */
@Singleton
public class GitOpsManagedCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("gitops-managed", "CI/CD #3", CICD, High)
          .title("Every workload is deployed by a GitOps controller (Argo CD or Flux)")
          .why(
              "A workload applied by hand drifts from Git: nobody can tell what runs, who changed it, or recreate it after a loss.")
          .hint(
              "Deploy the manifests through an Argo CD Application or a Flux Kustomization/HelmRelease instead of kubectl/helm.")
          .reads(OptionalCrd.ARGOCD_APPLICATION)
          .allowsAttestation();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Argo CD's tracking-id annotation or argocd.argoproj.io/instance label, Flux's kustomize/helm toolkit labels, "
        + "or app.kubernetes.io/instance without Helm release annotations naming a visible Argo CD Application. Manual "
        + "(attestable) when only that label is there and Argo CD is not installed in this cluster.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    Optional<String> marked = GitOps.manager(workload);
    if (marked.isPresent()) {
      return Verdict.pass("applied by " + marked.get());
    }
    String instance = workload.labels().get(GitOps.INSTANCE);
    if (instance == null || instance.isBlank()) {
      return Verdict.fail(
          "no Argo CD tracking annotation or label, no Flux label: not applied by a GitOps controller");
    }
    String release = workload.annotations().get(GitOps.HELM_RELEASE_NAME);
    if (release != null) {
      return Verdict.fail(
          "installed by helm install/upgrade ("
              + GitOps.HELM_RELEASE_NAME
              + "="
              + release
              + "), not by a GitOps controller");
    }
    Optional<List<GenericKubernetesResource>> applications =
        namespace.extra(OptionalCrd.ARGOCD_APPLICATION);
    if (applications.isEmpty()) {
      return Verdict.manual(
          GitOps.INSTANCE
              + " without Helm release annotations, and Argo CD is not installed in this "
              + "cluster: attest if an Argo CD elsewhere applies the workloads");
    }
    return applications.get().stream()
        .filter(
            a ->
                instance.equals(Unstructured.name(a))
                    || instance.equals(Unstructured.namespace(a) + "_" + Unstructured.name(a)))
        .findFirst()
        .map(
            a ->
                Verdict.pass(
                    "applied by Argo CD application " + Unstructured.name(a) + " (label tracking)"))
        .orElse(
            Verdict.fail(
                GitOps.INSTANCE
                    + "="
                    + instance
                    + " names no Argo CD Application: not Argo CD's label"));
  }
}
