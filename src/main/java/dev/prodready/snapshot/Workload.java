package dev.prodready.snapshot;

import dev.prodready.kube.ObjectRefs;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scored workload, whatever its kind: the object, its pod template and its replica count. The
 * wrapped objects come from informer caches and must never be modified.
 */
public record Workload(
    WorkloadKind kind,
    HasMetadata object,
    PodTemplateSpec template,
    Integer replicas,
    LabelSelector selector) {

  public static Workload of(Deployment d) {
    return new Workload(
        WorkloadKind.Deployment,
        d,
        d.getSpec().getTemplate(),
        Optional.ofNullable(d.getSpec().getReplicas()).orElse(1),
        d.getSpec().getSelector());
  }

  public static Workload of(StatefulSet s) {
    return new Workload(
        WorkloadKind.StatefulSet,
        s,
        s.getSpec().getTemplate(),
        Optional.ofNullable(s.getSpec().getReplicas()).orElse(1),
        s.getSpec().getSelector());
  }

  public static Workload of(DaemonSet d) {
    return new Workload(
        WorkloadKind.DaemonSet, d, d.getSpec().getTemplate(), null, d.getSpec().getSelector());
  }

  public static Workload of(CronJob c) {
    var jobSpec = c.getSpec().getJobTemplate().getSpec();
    return new Workload(
        WorkloadKind.CronJob, c, jobSpec.getTemplate(), null, jobSpec.getSelector());
  }

  public static Workload of(Job j) {
    return new Workload(
        WorkloadKind.Job, j, j.getSpec().getTemplate(), null, j.getSpec().getSelector());
  }

  public String name() {
    return object.getMetadata().getName();
  }

  /** "deployment/api", the form used in offender lists and exemptions. */
  public String ref() {
    return ObjectRefs.of(kind.lower(), name());
  }

  public ObjectMeta metadata() {
    return object.getMetadata();
  }

  public PodSpec podSpec() {
    return template == null || template.getSpec() == null ? new PodSpec() : template.getSpec();
  }

  public Map<String, String> podLabels() {
    return template == null
            || template.getMetadata() == null
            || template.getMetadata().getLabels() == null
        ? Map.of()
        : template.getMetadata().getLabels();
  }

  public Map<String, String> podAnnotations() {
    return template == null
            || template.getMetadata() == null
            || template.getMetadata().getAnnotations() == null
        ? Map.of()
        : template.getMetadata().getAnnotations();
  }

  public Map<String, String> annotations() {
    return object.getMetadata().getAnnotations() == null
        ? Map.of()
        : object.getMetadata().getAnnotations();
  }

  public Map<String, String> labels() {
    return object.getMetadata().getLabels() == null ? Map.of() : object.getMetadata().getLabels();
  }

  public List<Container> containers() {
    return podSpec().getContainers() == null ? List.of() : podSpec().getContainers();
  }

  public List<Container> initContainers() {
    return podSpec().getInitContainers() == null ? List.of() : podSpec().getInitContainers();
  }

  /** Init containers first, then the app containers: every container the pod will run. */
  public List<NamedContainer> allContainers() {
    var all = new ArrayList<NamedContainer>();
    initContainers().forEach(c -> all.add(new NamedContainer(c, true)));
    containers().forEach(c -> all.add(new NamedContainer(c, false)));
    return all;
  }

  public int replicaCount() {
    return replicas == null ? 1 : replicas;
  }
}
