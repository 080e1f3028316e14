package dev.prodready.check.reliability;

import dev.prodready.check.AppContainerCheck;
import dev.prodready.check.CheckInfo;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.function.Function;

/** Every app container declares a probe of one kind; any handler counts. */
abstract class ProbePresenceCheck extends AppContainerCheck {

  private final CheckInfo info;
  private final String probe;
  private final Function<Container, Probe> declared;
  private final String evidence;

  /**
   * @param probe the field's name, "livenessProbe"
   * @param declared reads that field of a container
   */
  ProbePresenceCheck(
      CheckInfo info, String probe, Function<Container, Probe> declared, String evidence) {
    this.info = info;
    this.probe = probe;
    this.declared = declared;
    this.evidence = evidence;
  }

  @Override
  public CheckInfo info() {
    return info;
  }

  @Override
  public String evidence() {
    return evidence;
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return declared.apply(c.container()) != null;
  }

  @Override
  protected String failureDetail() {
    return "containers without " + probe;
  }
}
