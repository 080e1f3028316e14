package dev.prodready.check;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.Workload;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Runs every check of the catalog against a namespace snapshot. A check that throws is an Error for that check alone. */
@ApplicationScoped
public class CheckEngine {

  private static final Logger LOG = Logger.getLogger(CheckEngine.class);

  private final List<Check> catalog;

  @Inject
  public CheckEngine(@All List<Check> checks) {
    this((Collection<Check>) checks);
  }

  public CheckEngine(Collection<? extends Check> checks) {
    var ids = new HashSet<String>();
    for (Check check : checks) {
      if (!ids.add(check.info().id())) {
        throw new IllegalStateException("two checks share the id " + check.info().id());
      }
    }
    this.catalog = checks.stream().map(Check.class::cast).sorted(Comparator.comparing(c -> c.info().id())).toList();
  }

  /** Every check, sorted by id. */
  public List<Check> catalog() {
    return catalog;
  }

  public Optional<Check> find(String id) {
    return catalog.stream().filter(c -> c.info().id().equals(id)).findFirst();
  }

  public List<CheckResult> evaluate(NamespaceSnapshot namespace, EvaluationPolicy policy) {
    var results = new ArrayList<CheckResult>(catalog.size());
    for (Check check : catalog) {
      results.add(evaluate(check, namespace, policy));
    }
    return results;
  }

  CheckResult evaluate(Check check, NamespaceSnapshot namespace, EvaluationPolicy policy) {
    CheckInfo info = check.info();
    Priority priority = policy.priorityOverrides().getOrDefault(info.id(), info.priority());
    if (policy.excluded().contains(info.id())) {
      return CheckResult.unscored(info, priority, CheckState.Skipped, "excluded by spec.checks.exclude");
    }
    var missing = check.requiredCrds().stream().filter(crd -> namespace.extra(crd).isEmpty()).sorted().toList();
    if (!missing.isEmpty()) {
      return CheckResult.unscored(info, priority, CheckState.NotApplicable,
          "needs the " + String.join(", ", missing) + " CRD, which this cluster does not serve");
    }
    try {
      if (check instanceof WorkloadCheck w) {
        return foldWorkloads(w, namespace, priority, policy.maxOffenders());
      }
      if (check instanceof NamespaceCheck n) {
        return namespaceResult(n, namespace, priority);
      }
      throw new IllegalStateException("a check must be a WorkloadCheck or a NamespaceCheck: " + check.getClass());
    } catch (RuntimeException e) {
      LOG.warnf(e, "check %s failed in namespace %s", info.id(), namespace.name());
      return CheckResult.unscored(info, priority, CheckState.Error, "check could not be evaluated: " + e);
    }
  }

  private static CheckResult foldWorkloads(WorkloadCheck check, NamespaceSnapshot namespace, Priority priority,
      int maxOffenders) {
    int applicable = 0;
    var offenders = new ArrayList<String>();
    for (Workload workload : namespace.workloads()) {
      if (!check.appliesTo(workload)) {
        continue;
      }
      Verdict verdict = check.evaluate(workload, namespace);
      switch (verdict.outcome()) {
        case PASS -> applicable++;
        case FAIL -> {
          applicable++;
          offenders.add(workload.ref() + (verdict.detail().isBlank() ? "" : ": " + verdict.detail()));
        }
        case NOT_APPLICABLE, MANUAL -> { }
      }
    }
    CheckInfo info = check.info();
    if (applicable == 0) {
      return CheckResult.unscored(info, priority, CheckState.NotApplicable, "no workload this check applies to");
    }
    int passed = applicable - offenders.size();
    double fraction = (double) passed / applicable;
    if (offenders.isEmpty()) {
      return new CheckResult(info, priority, CheckState.Pass, "all " + applicable + " applicable workloads pass",
          List.of(), 0, fraction);
    }
    String message = offenders.size() + " of " + applicable + " workloads fail: " + info.title();
    return new CheckResult(info, priority, CheckState.Fail, message, cap(offenders, maxOffenders), offenders.size(),
        fraction);
  }

  private static CheckResult namespaceResult(NamespaceCheck check, NamespaceSnapshot namespace, Priority priority) {
    Verdict verdict = check.evaluate(namespace);
    CheckInfo info = check.info();
    String message = verdict.detail().isBlank() ? info.title() : verdict.detail();
    return switch (verdict.outcome()) {
      case PASS -> new CheckResult(info, priority, CheckState.Pass, message, List.of(), 0, 1);
      case FAIL -> new CheckResult(info, priority, CheckState.Fail, message, List.of("namespace/" + namespace.name()), 1, 0);
      case NOT_APPLICABLE -> CheckResult.unscored(info, priority, CheckState.NotApplicable, message);
      case MANUAL -> CheckResult.unscored(info, priority, CheckState.Manual, message);
    };
  }

  private static List<String> cap(List<String> offenders, int max) {
    var sorted = offenders.stream().sorted().toList();
    return sorted.size() <= max ? sorted : sorted.subList(0, max);
  }
}
