package dev.prodready.evaluation;

import dev.prodready.api.v1alpha1.ExemptionStatus;
import dev.prodready.check.CheckResult;
import dev.prodready.score.ScoreCard;
import dev.prodready.snapshot.NamespaceSnapshot;
import java.util.List;

/**
 * What {@link Evaluator} makes of one namespace.
 *
 * @param snapshot the namespace as scored: only the workloads the profile's workloadSelector
 *     selects
 * @param results one result per catalog item, sorted by id, after exemptions and attestations
 * @param rejectedExemptions exemptions that could not be honoured (exempted failures met while
 *     evaluating are in the results)
 */
public record Evaluation(
    NamespaceSnapshot snapshot,
    List<CheckResult> results,
    ScoreCard card,
    List<ExemptionStatus> rejectedExemptions) {}
