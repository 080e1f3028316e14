package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.LimitRangeItem;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

@Singleton
public class LimitRangeCheck implements NamespaceCheck {

  public static final CheckInfo INFO =
      CheckInfo.of("limit-range", "Resources #9", Resources, Medium)
          .title("The namespace has a LimitRange with container defaults")
          .why(
              "A LimitRange gives containers that forget their resources sane defaults instead of unbounded usage.")
          .hint(
              "Create a LimitRange of type Container with default and defaultRequest for cpu and memory.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads the namespace's LimitRanges: passes when one has a Container item with default (limit) values; "
        + "the API server derives defaultRequest from them. defaultRequest alone gives requests but no limits, "
        + "so it fails. Never Manual.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    if (namespace.limitRanges().isEmpty()) {
      return Verdict.fail("no LimitRange in the namespace");
    }
    return withContainerDefaults(namespace.limitRanges())
        .map(
            lr ->
                Verdict.pass(
                    "LimitRange " + lr.getMetadata().getName() + " sets container defaults"))
        .orElse(Verdict.fail("no LimitRange sets default limits for containers"));
  }

  /**
   * The first LimitRange giving containers default limits; the rule of this check and of the
   * LimitRange guardrail (which stands down when one exists, and lets the quota guardrail rely on
   * it). Requests alone leave usage unbounded; a default limit also gives the request, as the API
   * server copies default into defaultRequest where that is unset.
   */
  public static Optional<LimitRange> withContainerDefaults(List<LimitRange> limitRanges) {
    return limitRanges.stream()
        .filter(
            lr ->
                lr.getSpec() != null
                    && lr.getSpec().getLimits() != null
                    && lr.getSpec().getLimits().stream()
                        .anyMatch(LimitRangeCheck::setsDefaultLimits))
        .findFirst();
  }

  private static boolean setsDefaultLimits(LimitRangeItem item) {
    return "Container".equals(item.getType())
        && item.getDefault() != null
        && !item.getDefault().isEmpty();
  }
}
