package dev.prodready.events;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Kubernetes Events on a profile (`kubectl describe rp` shows them). Events are best effort and
 * sent by a thread of their own, so a reconcile never waits for one: on a cold start every new
 * profile announces its gate, and with the reconcile threads waiting for those 1,000 creates the
 * start took a third longer. When the API server falls behind, events beyond {@link #BACKLOG} are
 * dropped (and logged), never the reconcile.
 */
@ApplicationScoped
public class ProfileEvents {

  private static final Logger LOG = Logger.getLogger(ProfileEvents.class);
  private static final String COMPONENT = "prodready";
  static final int BACKLOG = 2000;

  private final KubernetesClient client;
  private final AtomicLong dropped = new AtomicLong();
  private final ThreadPoolExecutor sender =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(BACKLOG),
          runnable -> {
            Thread thread = new Thread(runnable, "prodready-events");
            thread.setDaemon(true);
            return thread;
          },
          (task, executor) -> {
            long count = dropped.incrementAndGet();
            if (count == 1 || count % 100 == 0) {
              LOG.warnf("%d events dropped: more than %d waiting to be sent", count, BACKLOG);
            }
          });

  public ProfileEvents(KubernetesClient client) {
    this.client = client;
  }

  /** Sends what is queued for at most a second, so that shutdown stays quick. */
  @PreDestroy
  void stop() {
    sender.shutdown();
    try {
      sender.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
    sender.execute(() -> create(event));
  }

  private void create(Event event) {
    var meta = event.getMetadata();
    try {
      client.v1().events().inNamespace(meta.getNamespace()).resource(event).create();
    } catch (KubernetesClientException e) {
      LOG.warnf(
          "could not record event %s on %s/%s: %s",
          event.getReason(),
          meta.getNamespace(),
          event.getInvolvedObject().getName(),
          e.getMessage());
    }
  }
}
