package dev.prodready.cache;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceStatus;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionStatus;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.Map;

/**
 * Drops, in place, the parts of an object no check, guardrail or reconciler reads, before it enters
 * an informer cache: managedFields and kubectl's last-applied copy everywhere, status except where
 * read (Service load-balancer addresses, DaemonSet availability counts, CRD conditions), the spec
 * of Jobs a CronJob owns (only their owner is read), and the schemas of CRDs (only names, versions
 * and conditions are read). What is read is proven by CachePruningTest, which runs every fixture
 * through this pruning and expects the same verdicts. A new check that reads a dropped field fails
 * that test.
 */
public final class CachePruning {

  public static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  private CachePruning() {}

  /**
   * Drops what nothing reads, then shares what is left where it repeats ({@link ModelCompaction};
   * {@link StatusCompaction} for the status of profiles).
   */
  public static <R extends HasMetadata> R prune(R object) {
    dropUnread(object);
    if (object instanceof ReadinessProfile profile && profile.getStatus() != null) {
      profile.setStatus(StatusCompaction.compact(profile.getStatus()));
    } else {
      ModelCompaction.compact(object);
    }
    return object;
  }

  /** The dropping half of {@link #prune}, on its own for the memory benchmark. */
  public static <R extends HasMetadata> R dropUnread(R object) {
    pruneMetadata(object.getMetadata());
    if (object instanceof Deployment d) {
      d.setStatus(null);
    } else if (object instanceof StatefulSet s) {
      s.setStatus(null);
    } else if (object instanceof DaemonSet d) {
      pruneDaemonSet(d);
    } else if (object instanceof CronJob c) {
      c.setStatus(null);
    } else if (object instanceof Job j) {
      pruneJob(j);
    } else if (object instanceof Service s) {
      pruneService(s);
    } else if (object instanceof HorizontalPodAutoscaler h) {
      h.setStatus(null);
    } else if (object instanceof PodDisruptionBudget p) {
      p.setStatus(null);
    } else if (object instanceof PersistentVolumeClaim c) {
      c.setStatus(null);
    } else if (object instanceof ResourceQuota q) {
      q.setStatus(null);
    } else if (object instanceof Ingress i) {
      i.setStatus(null);
    } else if (object instanceof Namespace n) {
      n.setStatus(null);
    } else if (object instanceof CustomResourceDefinition crd) {
      pruneCrd(crd);
    }
    return object;
  }

  private static void pruneMetadata(ObjectMeta meta) {
    if (meta == null) {
      return;
    }
    meta.setManagedFields(null);
    // never null: java-operator-sdk's event handling reads the annotations map
    Map<String, String> annotations = meta.getAnnotations();
    if (annotations != null) {
      annotations.remove(LAST_APPLIED);
    }
  }

  /**
   * log-aggregation reads whether an agent DaemonSet has pods available: only those two counts are
   * kept.
   */
  private static void pruneDaemonSet(DaemonSet daemonSet) {
    var status = daemonSet.getStatus();
    if (status != null) {
      var kept = new DaemonSetStatus();
      kept.setDesiredNumberScheduled(status.getDesiredNumberScheduled());
      kept.setNumberAvailable(status.getNumberAvailable());
      daemonSet.setStatus(kept);
    }
  }

  private static void pruneJob(Job job) {
    job.setStatus(null);
    var owners = job.getMetadata().getOwnerReferences();
    if (owners != null && owners.stream().anyMatch(r -> "CronJob".equals(r.getKind()))) {
      job.setSpec(null);
    }
  }

  private static void pruneService(Service service) {
    ServiceStatus status = service.getStatus();
    if (status != null) {
      status.setConditions(null);
      if (status.getLoadBalancer() == null
          || status.getLoadBalancer().getIngress() == null
          || status.getLoadBalancer().getIngress().isEmpty()) {
        service.setStatus(null);
      }
    }
  }

  private static void pruneCrd(CustomResourceDefinition crd) {
    if (crd.getSpec() != null) {
      crd.getSpec().setConversion(null);
      if (crd.getSpec().getVersions() != null) {
        crd.getSpec()
            .getVersions()
            .forEach(
                v -> {
                  v.setSchema(null);
                  v.setAdditionalPrinterColumns(null);
                  v.setSubresources(null);
                  v.setSelectableFields(null);
                });
      }
    }
    CustomResourceDefinitionStatus status = crd.getStatus();
    if (status != null) {
      status.setAcceptedNames(null);
      status.setStoredVersions(null);
    }
  }
}
