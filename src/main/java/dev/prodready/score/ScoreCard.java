package dev.prodready.score;

import dev.prodready.api.v1alpha1.CategoryScore;
import dev.prodready.api.v1alpha1.GateResult;
import dev.prodready.api.v1alpha1.Grade;
import dev.prodready.api.v1alpha1.Summary;
import java.util.List;

/** The scored outcome of an evaluation. {@code score} is null when no check could be scored. */
public record ScoreCard(
    Integer score,
    Grade grade,
    GateResult gate,
    String gateReason,
    Summary summary,
    List<CategoryScore> categories) {}
