package dev.prodready.bench;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic synthetic cluster for the operator benchmark: namespace {@code i} always yields
 * the same objects. Each namespace holds {@link #WORKLOADS} workloads (14 Deployments, 3
 * StatefulSets, 2 CronJobs, 1 DaemonSet), a Service per Deployment and StatefulSet, PDBs for 5 and
 * HPAs for 3 Deployments, a ServiceAccount, a default-deny NetworkPolicy in every other namespace,
 * and one ReadinessProfile with an empty spec: about 48 objects. Workloads look like what kubectl
 * apply writes (last-applied annotation, 1-2 containers with env, probes, resources), and their
 * readiness varies so that checks pass and fail in every namespace.
 */
public final class Corpus {

  public static final int WORKLOADS = 20;
  public static final String PROFILE = "production";
  private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  private Corpus() {}

  public static String namespaceName(int i) {
    return String.format("bench-%04d", i);
  }

  /** The namespace itself first, the profile last. */
  public static List<HasMetadata> namespace(int i) {
    String ns = namespaceName(i);
    var random = new Random(31L * i + 7);
    var objects = new ArrayList<HasMetadata>();
    Namespace namespace =
        new NamespaceBuilder()
            .withNewMetadata()
            .withName(ns)
            .withLabels(
                Map.of(
                    "team",
                    "team-" + (i % 40),
                    "environment",
                    i % 5 == 0 ? "staging" : "production",
                    "pod-security.kubernetes.io/enforce",
                    i % 3 == 0 ? "restricted" : "baseline"))
            .endMetadata()
            .build();
    objects.add(namespace);
    objects.add(
        new ServiceAccountBuilder()
            .withNewMetadata()
            .withName("app")
            .withNamespace(ns)
            .endMetadata()
            .withAutomountServiceAccountToken(false)
            .build());
    for (int w = 0; w < 14; w++) {
      String name = "svc-" + w;
      int replicas = 1 + random.nextInt(3);
      objects.add(
          applied(
              new DeploymentBuilder()
                  .withMetadata(meta(ns, name, random))
                  .withNewSpec()
                  .withReplicas(replicas)
                  .withRevisionHistoryLimit(random.nextBoolean() ? 5 : null)
                  .withNewSelector()
                  .withMatchLabels(Map.of("app.kubernetes.io/name", name))
                  .endSelector()
                  .withTemplate(template(name, random))
                  .endSpec()
                  .build()));
      objects.add(service(ns, name));
      if (w < 5) {
        objects.add(
            new PodDisruptionBudgetBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(ns)
                .endMetadata()
                .withNewSpec()
                .withMaxUnavailable(new IntOrString(1))
                .withNewSelector()
                .withMatchLabels(Map.of("app.kubernetes.io/name", name))
                .endSelector()
                .endSpec()
                .build());
      } else if (w < 8) {
        objects.add(
            new HorizontalPodAutoscalerBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(ns)
                .endMetadata()
                .withNewSpec()
                .withNewScaleTargetRef()
                .withApiVersion("apps/v1")
                .withKind("Deployment")
                .withName(name)
                .endScaleTargetRef()
                .withMinReplicas(2)
                .withMaxReplicas(10)
                .addNewMetric()
                .withType("Resource")
                .withNewResource()
                .withName("cpu")
                .withNewTarget()
                .withType("Utilization")
                .withAverageUtilization(70)
                .endTarget()
                .endResource()
                .endMetric()
                .endSpec()
                .build());
      }
    }
    for (int w = 0; w < 3; w++) {
      String name = "db-" + w;
      objects.add(
          applied(
              new StatefulSetBuilder()
                  .withMetadata(meta(ns, name, random))
                  .withNewSpec()
                  .withReplicas(1 + random.nextInt(3))
                  .withServiceName(name)
                  .withNewSelector()
                  .withMatchLabels(Map.of("app.kubernetes.io/name", name))
                  .endSelector()
                  .withTemplate(template(name, random))
                  .endSpec()
                  .build()));
      objects.add(service(ns, name));
    }
    for (int w = 0; w < 2; w++) {
      String name = "job-" + w;
      objects.add(
          applied(
              new CronJobBuilder()
                  .withMetadata(meta(ns, name, random))
                  .withNewSpec()
                  .withSchedule((5 * w + i) % 60 + " 3 * * *")
                  .withConcurrencyPolicy("Forbid")
                  .withNewJobTemplate()
                  .withNewSpec()
                  .withBackoffLimit(2)
                  .withTemplate(withRestartPolicy(template(name, random)))
                  .endSpec()
                  .endJobTemplate()
                  .endSpec()
                  .build()));
    }
    objects.add(
        applied(
            new DaemonSetBuilder()
                .withMetadata(meta(ns, "agent", random))
                .withNewSpec()
                .withNewSelector()
                .withMatchLabels(Map.of("app.kubernetes.io/name", "agent"))
                .endSelector()
                .withTemplate(template("agent", random))
                .endSpec()
                .build()));
    if (i % 2 == 0) {
      objects.add(
          new NetworkPolicyBuilder()
              .withNewMetadata()
              .withName("default-deny")
              .withNamespace(ns)
              .endMetadata()
              .withNewSpec()
              .withNewPodSelector()
              .endPodSelector()
              .withPolicyTypes("Ingress", "Egress")
              .endSpec()
              .build());
    }
    objects.add(profile(ns));
    return objects;
  }

  public static ReadinessProfile profile(String ns) {
    var profile = new ReadinessProfile();
    profile.setMetadata(new ObjectMetaBuilder().withName(PROFILE).withNamespace(ns).build());
    profile.setSpec(new ReadinessProfileSpec());
    return profile;
  }

  private static ObjectMeta meta(String ns, String name, Random random) {
    var labels = new LinkedHashMap<String, String>();
    labels.put("app.kubernetes.io/name", name);
    labels.put("app.kubernetes.io/part-of", ns);
    labels.put("app.kubernetes.io/version", "1." + random.nextInt(20) + "." + random.nextInt(10));
    if (random.nextBoolean()) {
      labels.put("app.kubernetes.io/managed-by", "Helm");
    }
    return new ObjectMetaBuilder()
        .withName(name)
        .withNamespace(ns)
        .withLabels(labels)
        .withAnnotations(
            new HashMap<>(Map.of("owner", "team-" + random.nextInt(40) + "@example.com")))
        .build();
  }

  private static HasMetadata service(String ns, String name) {
    return new ServiceBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(ns)
        .withLabels(Map.of("app.kubernetes.io/name", name))
        .endMetadata()
        .withNewSpec()
        .withSelector(Map.of("app.kubernetes.io/name", name))
        .addNewPort()
        .withName("http")
        .withPort(80)
        .withTargetPort(new IntOrString("http"))
        .endPort()
        .addNewPort()
        .withName("metrics")
        .withPort(9090)
        .withTargetPort(new IntOrString("metrics"))
        .endPort()
        .endSpec()
        .build();
  }

  private static PodTemplateSpec template(String name, Random random) {
    var containers = new ArrayList<Container>();
    containers.add(
        container("app", "registry.example.com/" + name + ":1." + random.nextInt(30), random));
    if (random.nextInt(3) == 0) {
      containers.add(container("proxy", "registry.example.com/envoy:1.31.2", random));
    }
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .withLabels(Map.of("app.kubernetes.io/name", name))
        .withAnnotations(
            random.nextBoolean()
                ? Map.of("prometheus.io/scrape", "true", "prometheus.io/port", "9090")
                : Map.of())
        .endMetadata()
        .withNewSpec()
        .withServiceAccountName(random.nextBoolean() ? "app" : null)
        .withAutomountServiceAccountToken(random.nextBoolean() ? false : null)
        .withTerminationGracePeriodSeconds(random.nextBoolean() ? 45L : null)
        .withNewSecurityContext()
        .withRunAsNonRoot(random.nextInt(4) != 0)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .withContainers(containers)
        .endSpec()
        .build();
  }

  private static PodTemplateSpec withRestartPolicy(PodTemplateSpec template) {
    template.getSpec().setRestartPolicy("OnFailure");
    return template;
  }

  private static Container container(String name, String image, Random random) {
    var env = new ArrayList<EnvVar>();
    for (int e = 0; e < 3 + random.nextInt(6); e++) {
      env.add(
          new EnvVarBuilder()
              .withName("SETTING_" + e)
              .withValue("value-" + random.nextInt(1000))
              .build());
    }
    var builder =
        new ContainerBuilder()
            .withName(name)
            .withImage(image)
            .withEnv(env)
            .addNewPort()
            .withName("http")
            .withContainerPort(8080)
            .endPort()
            .addNewPort()
            .withName("metrics")
            .withContainerPort(9090)
            .endPort()
            .withNewSecurityContext()
            .withAllowPrivilegeEscalation(random.nextInt(5) == 0)
            .withReadOnlyRootFilesystem(random.nextBoolean())
            .withNewCapabilities()
            .withDrop("ALL")
            .endCapabilities()
            .endSecurityContext();
    if (random.nextInt(5) != 0) {
      builder
          .withNewResources()
          .withRequests(
              Map.of(
                  "cpu",
                  new Quantity((50 + random.nextInt(400)) + "m"),
                  "memory",
                  new Quantity((64 + random.nextInt(448)) + "Mi")))
          .withLimits(random.nextBoolean() ? Map.of("memory", new Quantity("1Gi")) : Map.of())
          .endResources();
    }
    if (random.nextInt(4) != 0) {
      builder
          .withNewReadinessProbe()
          .withNewHttpGet()
          .withPath("/ready")
          .withPort(new IntOrString("http"))
          .endHttpGet()
          .withPeriodSeconds(10)
          .endReadinessProbe();
    }
    if (random.nextInt(3) != 0) {
      builder
          .withNewLivenessProbe()
          .withNewHttpGet()
          .withPath("/live")
          .withPort(new IntOrString("http"))
          .endHttpGet()
          .withPeriodSeconds(15)
          .endLivenessProbe();
    }
    return builder.build();
  }

  /** As kubectl apply leaves it: a JSON copy of the whole object in an annotation. */
  private static <R extends HasMetadata> R applied(R object) {
    object.getMetadata().getAnnotations().put(LAST_APPLIED, Serialization.asJson(object));
    return object;
  }
}
