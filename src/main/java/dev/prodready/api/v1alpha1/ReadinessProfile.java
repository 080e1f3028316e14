package dev.prodready.api.v1alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** A namespace's production-readiness policy; its status is the namespace's scored checklist. */
@Group(ReadinessProfile.GROUP)
@Version(ReadinessProfile.VERSION)
@ShortNames("rp")
@AdditionalPrinterColumn(
    name = "Score",
    jsonPath = ".status.score",
    type = AdditionalPrinterColumn.Type.INTEGER,
    getDescription = "Readiness score, 0 to 100")
@AdditionalPrinterColumn(
    name = "Grade",
    jsonPath = ".status.grade",
    type = AdditionalPrinterColumn.Type.STRING,
    getDescription = "A >= 90, B >= 80, C >= 70, D >= 60, else F")
@AdditionalPrinterColumn(
    name = "Gate",
    jsonPath = ".status.gate",
    type = AdditionalPrinterColumn.Type.STRING,
    getDescription = "Pass or Fail against spec.gate")
@AdditionalPrinterColumn(
    name = "Failed",
    jsonPath = ".status.summary.failed",
    type = AdditionalPrinterColumn.Type.INTEGER,
    getDescription = "Number of failing checks")
@AdditionalPrinterColumn(
    name = "Remediation",
    jsonPath = ".status.remediation.summary",
    type = AdditionalPrinterColumn.Type.STRING,
    getDescription = "Remediation mode and what it did")
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].reason",
    type = AdditionalPrinterColumn.Type.STRING,
    priority = 1,
    getDescription = "Reason of the Ready condition")
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
public class ReadinessProfile extends CustomResource<ReadinessProfileSpec, ReadinessProfileStatus>
    implements Namespaced {

  public static final String GROUP = "prodready.dev";
  public static final String VERSION = "v1alpha1";

  @Override
  protected ReadinessProfileSpec initSpec() {
    return new ReadinessProfileSpec();
  }
}
