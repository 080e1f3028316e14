package dev.prodready.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.PrintStream;

/**
 * json and yaml: a v1 List of ReadinessProfiles, one per namespace, each with the status the
 * operator would write (the same model and serializer), as `kubectl get rp -A -o json|yaml` prints
 * them.
 */
final class StatusFormat implements ReportFormat {

  private final boolean yaml;

  StatusFormat(boolean yaml) {
    this.yaml = yaml;
  }

  @Override
  public void write(AuditReport report, PrintStream out) {
    KubernetesList list = list(report);
    if (yaml) {
      out.print(Serialization.asYaml(list));
    } else {
      try {
        out.println(
            Serialization.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(list));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static KubernetesList list(AuditReport report) {
    var list = new KubernetesList();
    list.setItems(
        report.namespaces().stream()
            .map(NamespaceReport::profile)
            .map(HasMetadata.class::cast)
            .toList());
    return list;
  }
}
