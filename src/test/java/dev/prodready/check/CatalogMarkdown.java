package dev.prodready.check;

import dev.prodready.api.v1alpha1.Category;
import dev.prodready.snapshot.OptionalCrd;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Renders docs/checks.md from the catalog, so the document cannot drift from the code. */
final class CatalogMarkdown {

  private CatalogMarkdown() {}

  static String render(List<Check> catalog) {
    var out = new StringBuilder();
    out.append("# Check catalog\n\n")
        .append(
            "Generated from the check classes by `make docs` (CheckCatalogTest fails when this file is stale). ")
        .append(
            "Ids are stable: use them in `spec.checks.exclude` and `spec.checks.priorityOverrides`.\n\n")
        .append(
            "Mode *automated*: decided from API objects. Mode *attested*: only a person can tell; the item is Manual ")
        .append(
            "until `spec.attestations` signs it off, and Expired (a failure) when the sign-off is older than its ")
        .append("validity. Priority is the checklist default ")
        .append("(weights: Critical 10, High 5, Medium 2; see docs/scoring.md).\n\n")
        .append("| category | checks |\n|---|---|\n");
    for (Category category : Category.values()) {
      out.append("| ")
          .append(category.displayName())
          .append(" | ")
          .append(inCategory(catalog, category).size())
          .append(" |\n");
    }
    for (Category category : Category.values()) {
      var checks = inCategory(catalog, category);
      if (checks.isEmpty()) {
        continue;
      }
      out.append("\n## ")
          .append(category.displayName())
          .append("\n\n")
          .append(
              "| ref | id | mode | priority | passes when | evidence, and when Manual | why | how to fix |\n")
          .append("|---|---|---|---|---|---|---|---|\n");
      for (Check c : checks) {
        CheckInfo i = c.info();
        out.append("| ")
            .append(i.ref())
            .append(" | `")
            .append(i.id())
            .append("` | ")
            .append(mode(c))
            .append(" | ")
            .append(i.priority())
            .append(" | ")
            .append(cell(i.title()))
            .append(" | ")
            .append(cell(c.evidence()))
            .append(" | ")
            .append(cell(i.why()))
            .append(" | ")
            .append(cell(i.hint()))
            .append(" |\n");
      }
    }
    out.append("\n## The checklist's golden rules\n\n")
        .append(
            "The summary's ten golden rules restate table items; each is covered by these catalog entries:\n\n")
        .append("| golden rule | catalog ids |\n|---|---|\n");
    GOLDEN_RULES.forEach(
        (rule, ids) -> {
          ids.forEach(
              id -> {
                if (catalog.stream().noneMatch(c -> c.info().id().equals(id))) {
                  throw new IllegalStateException("golden rule mapping names an unknown id: " + id);
                }
              });
          out.append("| ")
              .append(rule)
              .append(" | ")
              .append(String.join(", ", ids.stream().map(i -> "`" + i + "`").toList()))
              .append(" |\n");
        });
    return out.toString();
  }

  private static final Map<String, List<String>> GOLDEN_RULES = goldenRules();

  private static Map<String, List<String>> goldenRules() {
    var m = new LinkedHashMap<String, List<String>>();
    m.put(
        "Every container has resource requests AND limits",
        List.of(
            "requests-and-limits",
            "cpu-requests",
            "memory-requests",
            "cpu-limits",
            "memory-limits"));
    m.put(
        "Every deployment has liveness, readiness, and startup probes",
        List.of("liveness-probe", "readiness-probe", "startup-probe"));
    m.put("Every namespace has NetworkPolicy default-deny", List.of("default-deny-network-policy"));
    m.put(
        "Every image is scanned and uses a specific tag (never :latest)",
        List.of("image-tag-pinned", "image-scanning-ci", "ci-image-scan"));
    m.put(
        "Every secret comes from an external store",
        List.of("external-secrets", "no-secrets-in-env"));
    m.put(
        "Every service has at least 2 replicas with PDB", List.of("min-replicas", "pdb-coverage"));
    m.put(
        "Every deployment has a documented rollback procedure",
        List.of("revision-history", "rollback-plan-tested", "rollback-procedure-documented"));
    m.put("Every alert has a runbook", List.of("alerts-have-runbooks"));
    m.put(
        "Every backup has a tested restore procedure",
        List.of("restore-procedure-documented", "restore-tested"));
    m.put("Every change goes through Git (GitOps)", List.of("gitops-managed"));
    return m;
  }

  private static List<Check> inCategory(List<Check> catalog, Category category) {
    return catalog.stream()
        .filter(c -> c.info().category() == category)
        .sorted(
            Comparator.comparingInt((Check c) -> refNumber(c.info().ref()))
                .thenComparing(c -> c.info().id()))
        .toList();
  }

  private static String mode(Check check) {
    if (check instanceof AttestedCheck) {
      return "attested (sign-off valid " + check.info().attestationValidity().toDays() + " days)";
    }
    String scope = check instanceof WorkloadCheck ? "per workload" : "namespace";
    CheckInfo info = check.info();
    String crds =
        (info.requiredCrds().isEmpty()
                ? ""
                : "; needs " + String.join(", ", keys(info.requiredCrds())))
            + (info.optionalCrds().isEmpty()
                ? ""
                : "; reads " + String.join(", ", keys(info.optionalCrds())) + " when served");
    String hybrid = info.attestable() ? "; Manual, attestable, when the cluster cannot tell" : "";
    return "automated (" + scope + crds + hybrid + ")";
  }

  private static int refNumber(String ref) {
    return Integer.parseInt(ref.substring(ref.indexOf('#') + 1));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static TreeSet<String> keys(Set<OptionalCrd> crds) {
    return crds.stream().map(OptionalCrd::key).collect(Collectors.toCollection(TreeSet::new));
  }
}
