package dev.prodready.check.reliability;

import static dev.prodready.api.v1alpha1.Category.Reliability;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.Scope;
import dev.prodready.check.Verdict;
import dev.prodready.check.WorkloadCheck;
import dev.prodready.kube.Databases;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.fabric8.kubernetes.api.model.Container;
import jakarta.inject.Singleton;
import java.util.ArrayList;

/**
 * Heuristic (see {@link Databases#dependencyOf}): a container depends on a database or cache when
 * an env var is named like DB_HOST, DATABASE_URL, POSTGRES*, MYSQL*, MONGO*, REDIS*, or an env
 * value, command or argument holds "jdbc:", a database URL or one of the ports 5432, 3306, 27017,
 * 6379. Containers whose own image is a database (postgres, redis...) are the dependency, not a
 * dependant, and are skipped. Workloads with no such reference are not applicable. Any init
 * container that runs to completion counts as the wait (what it waits for is not inspected); native
 * sidecars (init containers with restartPolicy: Always) do not: they run beside the app, not before
 * it.
 */
@Singleton
public class InitContainerDependencyWaitCheck implements WorkloadCheck {

  static final CheckInfo INFO =
      CheckInfo.of("init-container-dependency-wait", "Reliability #12", Reliability, Medium)
          .title("Workloads that use a database or cache wait for it in an init container")
          .why(
              "An app that starts before its database or cache is reachable crash-loops or serves errors; an init container waits.")
          .hint(
              "Add an init container that waits for the dependency, for example `until nc -z db 5432; do sleep 2; done`.")
          .appliesTo(Scope.LONG_RUNNING);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads env, commands and images for a database or cache reference (a heuristic) and passes when "
        + "an init container runs to completion before the app. NotApplicable for workloads without such a "
        + "reference; never Manual.";
  }

  @Override
  public Verdict evaluate(Workload workload, NamespaceSnapshot namespace) {
    var dependants = new ArrayList<String>();
    for (Container c : workload.containers()) {
      if (Databases.engineOf(c.getImage()).isPresent()) {
        continue;
      }
      Databases.dependencyOf(c).ifPresent(hint -> dependants.add(c.getName() + " (" + hint + ")"));
    }
    if (dependants.isEmpty()) {
      return Verdict.notApplicable("no container references a database or cache");
    }
    if (workload.initContainers().stream().anyMatch(c -> !"Always".equals(c.getRestartPolicy()))) {
      return Verdict.pass("init containers run before " + String.join(", ", dependants));
    }
    return Verdict.fail(
        "uses a database or cache but has no init container to wait for it: "
            + String.join(", ", dependants));
  }
}
