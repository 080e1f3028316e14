package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.ContainerCheck;
import dev.prodready.kube.SecretReferences;
import dev.prodready.snapshot.NamedContainer;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import jakarta.inject.Singleton;

@Singleton
public class NoSecretsInEnvCheck extends ContainerCheck {

  static final CheckInfo INFO =
      CheckInfo.of("no-secrets-in-env", "Security #15", Security, Medium)
          .title("No container reads Secrets into environment variables")
          .why(
              "Environment variables leak into crash dumps, child processes and debug endpoints; mounted files do not.")
          .hint(
              "Mount the Secret as a volume instead of env[].valueFrom.secretKeyRef or envFrom[].secretRef.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads env[].valueFrom.secretKeyRef and envFrom[].secretRef of every container and init "
        + "container; mounted Secret volumes pass. Never Manual.";
  }

  @Override
  protected boolean satisfied(NamedContainer c, Workload workload, NamespaceSnapshot namespace) {
    return !SecretReferences.inEnv(c.container());
  }

  @Override
  protected String failureDetail() {
    return "containers with Secrets in environment variables";
  }
}
