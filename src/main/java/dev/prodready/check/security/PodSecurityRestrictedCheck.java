package dev.prodready.check.security;

import static dev.prodready.api.v1alpha1.Category.Security;
import static dev.prodready.api.v1alpha1.Priority.Critical;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.snapshot.NamespaceSnapshot;
import jakarta.inject.Singleton;

@Singleton
public class PodSecurityRestrictedCheck implements NamespaceCheck {

  static final String ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";

  static final CheckInfo INFO =
      CheckInfo.of("pod-security-restricted", "Security #4", Security, Critical)
          .title("The namespace enforces the Pod Security Standard restricted")
          .why(
              "Only admission enforcement guarantees that no pod in the namespace breaks the restricted profile, now or later.")
          .hint(
              "Label the namespace pod-security.kubernetes.io/enforce=restricted (and warn/audit=restricted).");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads the namespace label pod-security.kubernetes.io/enforce: restricted passes, any other level"
        + " or none fails. Never Manual.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    String level = namespace.namespaceLabels().get(ENFORCE_LABEL);
    if ("restricted".equals(level)) {
      return Verdict.pass("namespace enforces restricted");
    }
    return Verdict.fail(
        level == null
            ? "namespace has no " + ENFORCE_LABEL + " label"
            : "namespace enforces " + level + ", not restricted");
  }
}
