package dev.prodready.check.cicd;

import static dev.prodready.api.v1alpha1.Category.CICD;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.kube.GitOps;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

/**
 * A workload applied by hand drifts from Git: nobody can tell what runs, who changed it, or recreate it after a loss.
 *
 * <p>The marks Argo CD and Flux leave on what they apply are described in {@link GitOps}.
 */
@Singleton
public class GitOpsManagedCheck implements WorkloadCheck {

  static final CheckInfo INFO = new CheckInfo("gitops-managed", "CI/CD #3", CICD, High,
      "Every workload is deployed by a GitOps controller (Argo CD or Flux)",
      "A workload applied by hand drifts from Git: nobody can tell what runs, who changed it, or recreate it after a loss.",
      "Deploy the manifests through an Argo CD Application or a Flux Kustomization/HelmRelease instead of kubectl/helm.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    return GitOps.manager(workload).map(m -> Verdict.pass("applied by " + m))
        .orElse(Verdict.fail("no Argo CD tracking annotation or Flux label: not applied by a GitOps controller"));
  }
}
