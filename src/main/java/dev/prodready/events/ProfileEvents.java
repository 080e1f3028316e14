package dev.prodready.events;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Kubernetes Events on a profile (`kubectl describe rp` shows them). Failing to record one never
 * fails a reconcile.
 */
@ApplicationScoped
public class ProfileEvents {

  private static final Logger LOG = Logger.getLogger(ProfileEvents.class);
  private static final String COMPONENT = "prodready";

  private final KubernetesClient client;

  public ProfileEvents(KubernetesClient client) {
    this.client = client;
  }

  public void normal(ReadinessProfile profile, String reason, String message) {
    record(profile, "Normal", reason, message);
  }

  public void warning(ReadinessProfile profile, String reason, String message) {
    record(profile, "Warning", reason, message);
  }

  private void record(ReadinessProfile profile, String type, String reason, String message) {
    String now = Instant.now().toString();
    var meta = profile.getMetadata();
    var event =
        new EventBuilder()
            .withNewMetadata()
            .withGenerateName(meta.getName() + ".")
            .withNamespace(meta.getNamespace())
            .endMetadata()
            .withInvolvedObject(
                new ObjectReferenceBuilder()
                    .withApiVersion(profile.getApiVersion())
                    .withKind(profile.getKind())
                    .withName(meta.getName())
                    .withNamespace(meta.getNamespace())
                    .withUid(meta.getUid())
                    .withResourceVersion(meta.getResourceVersion())
                    .build())
            .withType(type)
            .withReason(reason)
            .withMessage(message)
            .withFirstTimestamp(now)
            .withLastTimestamp(now)
            .withCount(1)
            .withNewSource()
            .withComponent(COMPONENT)
            .endSource()
            .withReportingComponent(COMPONENT)
            .build();
    try {
      client.v1().events().inNamespace(meta.getNamespace()).resource(event).create();
    } catch (KubernetesClientException e) {
      LOG.warnf(
          "could not record event %s on %s/%s: %s",
          reason, meta.getNamespace(), meta.getName(), e.getMessage());
    }
  }
}
