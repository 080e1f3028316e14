package dev.prodready.audit;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetUpdateStrategy;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDaemonSet;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetUpdateStrategy;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The defaults kube-apiserver writes into workloads and Services when they are created, so that
 * `prodready audit` sees manifests the way the operator sees the stored objects (a Deployment
 * without a strategy is stored with RollingUpdate 25%/25%, a pod without
 * terminationGracePeriodSeconds with 30...). Only fields left unset are filled, as the API server
 * does; the values are those of Kubernetes 1.34 (pkg/apis/.../v1/defaults.go).
 */
final class ApiServerDefaults {

  private static final IntOrString QUARTER = new IntOrString("25%");

  private ApiServerDefaults() {}

  static void apply(HasMetadata object) {
    if (object instanceof Deployment d && d.getSpec() != null) {
      var spec = d.getSpec();
      set(spec::getReplicas, spec::setReplicas, 1);
      set(spec::getRevisionHistoryLimit, spec::setRevisionHistoryLimit, 10);
      set(spec::getProgressDeadlineSeconds, spec::setProgressDeadlineSeconds, 600);
      set(spec::getStrategy, spec::setStrategy, new DeploymentStrategy(null, "RollingUpdate"));
      if ("RollingUpdate".equals(spec.getStrategy().getType())) {
        set(
            spec.getStrategy()::getRollingUpdate,
            spec.getStrategy()::setRollingUpdate,
            new RollingUpdateDeployment());
        var rolling = spec.getStrategy().getRollingUpdate();
        set(rolling::getMaxUnavailable, rolling::setMaxUnavailable, QUARTER);
        set(rolling::getMaxSurge, rolling::setMaxSurge, QUARTER);
      }
      template(spec.getTemplate(), "Always");
    } else if (object instanceof StatefulSet s && s.getSpec() != null) {
      var spec = s.getSpec();
      set(spec::getReplicas, spec::setReplicas, 1);
      set(spec::getRevisionHistoryLimit, spec::setRevisionHistoryLimit, 10);
      set(spec::getPodManagementPolicy, spec::setPodManagementPolicy, "OrderedReady");
      set(
          spec::getUpdateStrategy,
          spec::setUpdateStrategy,
          new StatefulSetUpdateStrategy(null, "RollingUpdate"));
      template(spec.getTemplate(), "Always");
    } else if (object instanceof DaemonSet d && d.getSpec() != null) {
      var spec = d.getSpec();
      set(spec::getRevisionHistoryLimit, spec::setRevisionHistoryLimit, 10);
      set(
          spec::getUpdateStrategy,
          spec::setUpdateStrategy,
          new DaemonSetUpdateStrategy(null, "RollingUpdate"));
      if ("RollingUpdate".equals(spec.getUpdateStrategy().getType())) {
        set(
            spec.getUpdateStrategy()::getRollingUpdate,
            spec.getUpdateStrategy()::setRollingUpdate,
            new RollingUpdateDaemonSet());
        var rolling = spec.getUpdateStrategy().getRollingUpdate();
        set(rolling::getMaxUnavailable, rolling::setMaxUnavailable, new IntOrString(1));
        set(rolling::getMaxSurge, rolling::setMaxSurge, new IntOrString(0));
      }
      template(spec.getTemplate(), "Always");
    } else if (object instanceof CronJob c && c.getSpec() != null) {
      var spec = c.getSpec();
      set(spec::getConcurrencyPolicy, spec::setConcurrencyPolicy, "Allow");
      set(spec::getSuspend, spec::setSuspend, false);
      set(spec::getSuccessfulJobsHistoryLimit, spec::setSuccessfulJobsHistoryLimit, 3);
      set(spec::getFailedJobsHistoryLimit, spec::setFailedJobsHistoryLimit, 1);
      if (spec.getJobTemplate() != null && spec.getJobTemplate().getSpec() != null) {
        template(spec.getJobTemplate().getSpec().getTemplate(), null);
      }
    } else if (object instanceof Job j && j.getSpec() != null) {
      var spec = j.getSpec();
      set(spec::getBackoffLimit, spec::setBackoffLimit, 6);
      template(spec.getTemplate(), null);
    } else if (object instanceof Service s && s.getSpec() != null) {
      var spec = s.getSpec();
      set(spec::getType, spec::setType, "ClusterIP");
      set(spec::getSessionAffinity, spec::setSessionAffinity, "None");
      if (spec.getPorts() != null) {
        spec.getPorts()
            .forEach(
                p -> {
                  set(p::getProtocol, p::setProtocol, "TCP");
                  if (p.getTargetPort() == null && p.getPort() != null) {
                    p.setTargetPort(new IntOrString(p.getPort()));
                  }
                });
      }
    }
  }

  private static void template(PodTemplateSpec template, String restartPolicy) {
    if (template == null || template.getSpec() == null) {
      return;
    }
    PodSpec pod = template.getSpec();
    if (restartPolicy != null) {
      set(pod::getRestartPolicy, pod::setRestartPolicy, restartPolicy);
    }
    set(pod::getTerminationGracePeriodSeconds, pod::setTerminationGracePeriodSeconds, 30L);
    set(pod::getDnsPolicy, pod::setDnsPolicy, "ClusterFirst");
    set(pod::getSchedulerName, pod::setSchedulerName, "default-scheduler");
    if (pod.getServiceAccountName() == null && pod.getServiceAccount() != null) {
      pod.setServiceAccountName(pod.getServiceAccount());
    }
    var containers = new ArrayList<Container>();
    if (pod.getInitContainers() != null) {
      containers.addAll(pod.getInitContainers());
    }
    if (pod.getContainers() != null) {
      containers.addAll(pod.getContainers());
    }
    containers.forEach(ApiServerDefaults::container);
  }

  private static void container(Container c) {
    set(c::getTerminationMessagePath, c::setTerminationMessagePath, "/dev/termination-log");
    set(c::getTerminationMessagePolicy, c::setTerminationMessagePolicy, "File");
    if (c.getImagePullPolicy() == null && c.getImage() != null) {
      String image = c.getImage();
      boolean latest =
          !image.contains("@")
              && (image.endsWith(":latest")
                  || !image.substring(image.lastIndexOf('/') + 1).contains(":"));
      c.setImagePullPolicy(latest ? "Always" : "IfNotPresent");
    }
    if (c.getPorts() != null) {
      c.getPorts().forEach(p -> set(p::getProtocol, p::setProtocol, "TCP"));
    }
    for (Probe probe :
        Stream.of(c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe())
            .filter(Objects::nonNull)
            .toList()) {
      set(probe::getTimeoutSeconds, probe::setTimeoutSeconds, 1);
      set(probe::getPeriodSeconds, probe::setPeriodSeconds, 10);
      set(probe::getSuccessThreshold, probe::setSuccessThreshold, 1);
      set(probe::getFailureThreshold, probe::setFailureThreshold, 3);
    }
  }

  private static <T> void set(Supplier<T> getter, Consumer<T> setter, T value) {
    if (getter.get() == null) {
      setter.accept(value);
    }
  }
}
