package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.High;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.check.evidence.ArgoRollouts;
import dev.prodready.check.evidence.Autoscalers;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import jakarta.inject.Singleton;

/**
 * What counts is the number of pods the Deployment controller actually takes down, not how the
 * value is spelled: a percentage is resolved against the replica count rounded down (maxSurge
 * rounded up), both default to 25%, and when both resolve to 0 the controller uses maxUnavailable 1
 * so the rollout can proceed. So 25% of 3 replicas is 0 and passes, 25% of 4 is 1 and fails. Where
 * an HPA targets the Deployment the replica count changes with load, so the percentage is resolved
 * against the HPA's maxReplicas: it passes only if it stays 0 at every scale the HPA allows.
 *
 * <p>A Deployment run by an Argo Rollout through workloadRef ({@link ArgoRollouts}) is rolled out
 * by the Rollout, not the Deployment controller, so the Rollout's strategy is judged: blueGreen
 * brings the new pods up before traffic switches, and a canary with trafficRouting keeps the stable
 * pods serving until promotion; both take nothing down. A canary without trafficRouting scales
 * ReplicaSets like a Deployment with its own maxUnavailable and maxSurge (default 25% each in Argo
 * Rollouts), resolved the same way against the Rollout's replicas or its HPA's maxReplicas.
 */
@Singleton
public class RollingUpdateCheck implements WorkloadCheck {

  static final IntOrString DEFAULT_PERCENT = new IntOrString("25%");

  static final CheckInfo INFO =
      CheckInfo.of("rolling-update-zero-unavailable", "Reliability #9", Reliability, High)
          .title("Deployments roll out with strategy RollingUpdate and maxUnavailable: 0")
          .why(
              "With maxUnavailable above zero a rollout removes serving capacity before the new pods are ready.")
          .hint(
              "Set spec.strategy.type RollingUpdate with rollingUpdate.maxUnavailable: 0 and maxSurge: 1.")
          .reads(OptionalCrd.ARGO_ROLLOUT)
          .appliesTo(Scope.DEPLOYMENTS);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads the Deployment's strategy and resolves maxUnavailable and maxSurge (default 25%) to pods as the "
        + "Deployment controller does (percentages against the replica count, or an HPA's maxReplicas, rounded down "
        + "and up); passes when no pod is taken down before its replacement is ready. A Deployment run by an Argo "
        + "Rollout (workloadRef) is judged by the Rollout: blueGreen and traffic-routed canaries pass, other canaries "
        + "by their maxUnavailable/maxSurge. Never Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    var rollout = ArgoRollouts.referencing(workload, namespace);
    if (rollout.isPresent()) {
      return byRollout(rollout.get(), workload, namespace);
    }
    DeploymentStrategy strategy = ((Deployment) workload.object()).getSpec().getStrategy();
    if (strategy != null && "Recreate".equals(strategy.getType())) {
      return Verdict.fail("strategy Recreate takes every pod down during a rollout");
    }
    RollingUpdateDeployment rolling = strategy == null ? null : strategy.getRollingUpdate();
    IntOrString maxUnavailable =
        rolling == null || rolling.getMaxUnavailable() == null
            ? DEFAULT_PERCENT
            : rolling.getMaxUnavailable();
    IntOrString maxSurge =
        rolling == null || rolling.getMaxSurge() == null ? DEFAULT_PERCENT : rolling.getMaxSurge();
    return judge(
        "",
        maxUnavailable,
        rolling == null || rolling.getMaxUnavailable() == null,
        maxSurge,
        workload,
        namespace);
  }

  private static Verdict byRollout(
      GenericKubernetesResource rollout, Workload workload, NamespaceSnapshot namespace) {
    String by = "rolled out by Rollout " + ArgoRollouts.name(rollout) + " (workloadRef), ";
    if (ArgoRollouts.strategy(rollout).equals("blueGreen")) {
      return Verdict.pass(by + "blueGreen: the new pods are ready before traffic switches");
    }
    if (ArgoRollouts.trafficRouted(rollout)) {
      return Verdict.pass(by + "canary with trafficRouting: the stable pods serve until promotion");
    }
    var maxUnavailable = ArgoRollouts.canaryLimit(rollout, "maxUnavailable");
    return judge(
        by + "canary ",
        maxUnavailable.orElse(DEFAULT_PERCENT),
        maxUnavailable.isEmpty(),
        ArgoRollouts.canaryLimit(rollout, "maxSurge").orElse(DEFAULT_PERCENT),
        workload,
        namespace);
  }

  /** Resolves the limits as the controller does, at the largest scale the workload may run. */
  private static Verdict judge(
      String prefix,
      IntOrString maxUnavailable,
      boolean defaulted,
      IntOrString maxSurge,
      Workload workload,
      NamespaceSnapshot namespace) {
    var hpa = Autoscalers.targeting(workload, namespace);
    int replicas =
        hpa.map(h -> h.getSpec().getMaxReplicas())
            .orElseGet(() -> Autoscalers.specReplicas(workload, namespace).count());
    String scale =
        hpa.map(
                h ->
                    replicas
                        + " replicas (maxReplicas of HorizontalPodAutoscaler "
                        + h.getMetadata().getName()
                        + ")")
            .orElse(replicas + (replicas == 1 ? " replica" : " replicas"));
    int unavailable = scaled(maxUnavailable, replicas, false);
    int surge = scaled(maxSurge, replicas, true);
    String spelled =
        prefix + "maxUnavailable " + render(maxUnavailable) + (defaulted ? " (default)" : "");
    if (unavailable == 0 && surge == 0) {
      return Verdict.fail(
          spelled
              + " and maxSurge "
              + render(maxSurge)
              + " both resolve to 0 at "
              + scale
              + ", so the controller takes 1 pod down at a time");
    }
    if (unavailable > 0) {
      return Verdict.fail(
          spelled
              + " takes "
              + unavailable
              + (unavailable == 1 ? " pod" : " pods")
              + " down at "
              + scale);
    }
    return isPercent(maxUnavailable) && !isZeroPercent(maxUnavailable)
        ? Verdict.pass(spelled + " rounds down to 0 pods at " + scale)
        : prefix.isEmpty() ? Verdict.pass() : Verdict.pass(spelled + " at " + scale);
  }

  /**
   * intstr.GetScaledValueFromIntOrPercent: a percentage of the total, rounded up or down; an
   * integer as is.
   */
  static int scaled(IntOrString value, int total, boolean roundUp) {
    if (value.getIntVal() != null) {
      return value.getIntVal();
    }
    String s = value.getStrVal().trim();
    if (!s.endsWith("%")) {
      return Integer.parseInt(s);
    }
    long percent = Long.parseLong(s.substring(0, s.length() - 1));
    long product = percent * total;
    return (int) (roundUp ? (product + 99) / 100 : product / 100);
  }

  private static boolean isPercent(IntOrString value) {
    return value.getStrVal() != null && value.getStrVal().trim().endsWith("%");
  }

  private static boolean isZeroPercent(IntOrString value) {
    return isPercent(value) && Long.parseLong(value.getStrVal().trim().replace("%", "")) == 0;
  }

  private static String render(IntOrString value) {
    return value.getIntVal() != null ? value.getIntVal().toString() : value.getStrVal();
  }
}
