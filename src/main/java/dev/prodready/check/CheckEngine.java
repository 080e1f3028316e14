package dev.prodready.check;

import dev.prodready.api.v1alpha1.CheckState;
import dev.prodready.api.v1alpha1.ExemptionState;
import dev.prodready.api.v1alpha1.ExemptionStatus;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.kube.ObjectRefs;
import dev.prodready.snapshot.NamespaceSnapshot;
import dev.prodready.snapshot.OptionalCrd;
import dev.prodready.snapshot.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Runs every check of the catalog against a namespace snapshot. A check that throws is an Error for
 * that check alone.
 */
public class CheckEngine {

  private static final Logger LOG = Logger.getLogger(CheckEngine.class);

  private final List<Check> catalog;

  public CheckEngine(Collection<? extends Check> checks) {
    var ids = new HashSet<String>();
    for (Check check : checks) {
      if (!ids.add(check.info().id())) {
        throw new IllegalStateException("two checks share the id " + check.info().id());
      }
      if (!(check instanceof WorkloadCheck) && check.info().scope() != Scope.EVERY_WORKLOAD) {
        throw new IllegalStateException(
            check.info().id() + ": only a check decided per workload has a workload scope");
      }
    }
    this.catalog =
        checks.stream()
            .map(Check.class::cast)
            .sorted(Comparator.comparing(c -> c.info().id()))
            .toList();
  }

  /** Every check, sorted by id. */
  public List<Check> catalog() {
    return catalog;
  }

  public Set<String> ids() {
    return catalog.stream().map(c -> c.info().id()).collect(Collectors.toUnmodifiableSet());
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
      return CheckResult.unscored(
          info, priority, CheckState.Skipped, "excluded by spec.checks.exclude");
    }
    var missing =
        info.requiredCrds().stream()
            .filter(crd -> namespace.extra(crd).isEmpty())
            .map(OptionalCrd::key)
            .sorted()
            .toList();
    if (!missing.isEmpty()) {
      return CheckResult.unscored(
          info,
          priority,
          CheckState.NotApplicable,
          "needs the " + String.join(", ", missing) + " CRD, which this cluster does not serve");
    }
    try {
      if (check instanceof WorkloadCheck w) {
        return foldWorkloads(w, namespace, priority, policy);
      }
      if (check instanceof NamespaceCheck n) {
        return namespaceResult(n, namespace, priority, policy.exemptions());
      }
      if (check instanceof AttestedCheck) {
        return CheckResult.unscored(
            info, priority, CheckState.Manual, "needs a sign-off in spec.attestations");
      }
      throw new IllegalStateException(
          "a check must be a WorkloadCheck or a NamespaceCheck: " + check.getClass());
    } catch (RuntimeException e) {
      LOG.warnf(e, "check %s failed in namespace %s", info.id(), namespace.name());
      return CheckResult.unscored(
          info, priority, CheckState.Error, "check could not be evaluated: " + e);
    }
  }

  /** Exempted failures leave the denominator; failures under an expired exemption count again. */
  private static CheckResult foldWorkloads(
      WorkloadCheck check,
      NamespaceSnapshot namespace,
      Priority priority,
      EvaluationPolicy policy) {
    CheckInfo info = check.info();
    Exemptions exemptions = policy.exemptions();
    int applicable = 0;
    var offenders = new ArrayList<String>();
    var exempted = new ArrayList<ExemptionStatus>();
    var notApplicableReasons = new TreeSet<String>();
    var passNotes = new ArrayList<String>();
    var manualReasons = new TreeSet<String>();
    var manualWorkloads = new ArrayList<String>();
    for (Workload workload : namespace.workloads()) {
      var judged = check.judge(workload, namespace);
      if (judged.isEmpty()) {
        continue;
      }
      Verdict verdict = judged.get();
      if (verdict.outcome() == Verdict.Outcome.NOT_APPLICABLE && !verdict.detail().isBlank()) {
        notApplicableReasons.add(verdict.detail());
      } else if (verdict.outcome() == Verdict.Outcome.MANUAL) {
        manualReasons.add(verdict.detail());
        manualWorkloads.add(workload.ref());
      } else if (verdict.outcome() == Verdict.Outcome.PASS) {
        applicable++;
        if (!verdict.detail().isBlank()) {
          passNotes.add(workload.ref() + ": " + verdict.detail());
        }
      } else if (verdict.outcome() == Verdict.Outcome.FAIL) {
        var rule = exemptions.forWorkload(info.id(), workload);
        rule.ifPresent(r -> exempted.add(r.status(info.id(), workload.ref(), exemptions.today())));
        if (rule.isPresent() && exemptions.active(rule.get())) {
          continue;
        }
        applicable++;
        String expired = rule.map(r -> " (exemption expired " + r.expires() + ")").orElse("");
        offenders.add(
            workload.ref() + (verdict.detail().isBlank() ? "" : ": " + verdict.detail()) + expired);
      }
    }
    long active = exempted.stream().filter(e -> e.state() == ExemptionState.Active).count();
    String exemptedNote =
        (active == 0 ? "" : " (" + active + " exempted)")
            + (manualWorkloads.isEmpty()
                ? ""
                : " ("
                    + manualWorkloads.size()
                    + " not counted, a person must judge: "
                    + String.join(", ", cap(manualWorkloads, policy.maxOffenders()))
                    + ": "
                    + String.join("; ", manualReasons)
                    + ")")
            + passNotes(passNotes, policy.maxOffenders());
    if (applicable == 0 && active == 0 && !manualReasons.isEmpty()) {
      // The cluster cannot tell for any workload (a tool or a setting is missing): a person must
      // judge, not the score.
      return CheckResult.unscored(
          info, priority, CheckState.Manual, String.join("; ", manualReasons));
    }
    if (applicable == 0) {
      return active == 0
          ? CheckResult.unscored(
              info,
              priority,
              CheckState.NotApplicable,
              "no workload this check applies to"
                  + (notApplicableReasons.isEmpty()
                      ? ""
                      : " (" + String.join("; ", notApplicableReasons) + ")"))
          : new CheckResult(
              info,
              priority,
              CheckState.Exempted,
              "every failing workload is exempted" + exemptedNote,
              List.of(),
              0,
              0,
              false,
              exempted);
    }
    int passed = applicable - offenders.size();
    double fraction = (double) passed / applicable;
    if (offenders.isEmpty()) {
      CheckState state = active == 0 ? CheckState.Pass : CheckState.Exempted;
      return new CheckResult(
          info,
          priority,
          state,
          "all " + applicable + " applicable workloads pass" + exemptedNote,
          List.of(),
          0,
          fraction,
          true,
          exempted);
    }
    String message =
        offenders.size() + " of " + applicable + " workloads fail: " + info.title() + exemptedNote;
    return new CheckResult(
        info,
        priority,
        CheckState.Fail,
        message,
        cap(offenders, policy.maxOffenders()),
        offenders.size(),
        fraction,
        true,
        exempted);
  }

  private static CheckResult namespaceResult(
      NamespaceCheck check, NamespaceSnapshot namespace, Priority priority, Exemptions exemptions) {
    Verdict verdict = check.evaluate(namespace);
    CheckInfo info = check.info();
    String message = verdict.detail().isBlank() ? info.title() : verdict.detail();
    if (verdict.failed()) {
      var rule = exemptions.forNamespace(info.id());
      if (rule.isPresent()) {
        var status =
            rule.get()
                .status(info.id(), ObjectRefs.namespace(namespace.name()), exemptions.today());
        if (exemptions.active(rule.get())) {
          return new CheckResult(
              info,
              priority,
              CheckState.Exempted,
              message + " (exempted)",
              List.of(),
              0,
              0,
              false,
              List.of(status));
        }
        return new CheckResult(
            info,
            priority,
            CheckState.Fail,
            message + " (exemption expired " + rule.get().expires() + ")",
            List.of(ObjectRefs.namespace(namespace.name())),
            1,
            0,
            true,
            List.of(status));
      }
    }
    return switch (verdict.outcome()) {
      case PASS -> new CheckResult(info, priority, CheckState.Pass, message, List.of(), 0, 1);
      case FAIL ->
          new CheckResult(
              info,
              priority,
              CheckState.Fail,
              message,
              List.of(ObjectRefs.namespace(namespace.name())),
              1,
              0);
      case NOT_APPLICABLE ->
          CheckResult.unscored(info, priority, CheckState.NotApplicable, message);
      case MANUAL -> CheckResult.unscored(info, priority, CheckState.Manual, message);
    };
  }

  /**
   * Why workloads passed, when their check says (a default applied, an HPA's minimum...). At most
   * three, so that a namespace of thousands of workloads keeps a short message.
   */
  private static String passNotes(List<String> notes, int max) {
    if (notes.isEmpty()) {
      return "";
    }
    var shown = cap(notes, Math.min(3, max));
    return "; passing because "
        + String.join("; ", shown)
        + (notes.size() > shown.size() ? "; +" + (notes.size() - shown.size()) + " more" : "");
  }

  private static List<String> cap(List<String> offenders, int max) {
    var sorted = offenders.stream().sorted().toList();
    return sorted.size() <= max ? sorted : sorted.subList(0, max);
  }
}
