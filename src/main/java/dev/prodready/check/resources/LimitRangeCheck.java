package dev.prodready.check.resources;

import static dev.prodready.api.v1alpha1.Category.Resources;
import static dev.prodready.api.v1alpha1.Priority.Medium;

import dev.prodready.check.CheckInfo;
import dev.prodready.check.NamespaceCheck;
import dev.prodready.check.Verdict;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.LimitRangeItem;
import jakarta.inject.Singleton;

/**
 * A LimitRange gives containers that forget their resources sane defaults instead of unbounded
 * usage.
 */
@Singleton
public class LimitRangeCheck implements NamespaceCheck {

  static final CheckInfo INFO =
      new CheckInfo(
          "limit-range",
          "Resources #9",
          Resources,
          Medium,
          "The namespace has a LimitRange with container defaults",
          "A LimitRange gives containers that forget their resources sane defaults instead of unbounded usage.",
          "Create a LimitRange of type Container with default and defaultRequest for cpu and memory.");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public String evidence() {
    return "Reads the namespace's LimitRanges: passes when one has a Container item with default or "
        + "defaultRequest values. Never Manual.";
  }

  @Override
  public Verdict evaluate(NamespaceSnapshot namespace) {
    if (namespace.limitRanges().isEmpty()) {
      return Verdict.fail("no LimitRange in the namespace");
    }
    return namespace.limitRanges().stream()
        .filter(
            lr ->
                lr.getSpec() != null
                    && lr.getSpec().getLimits() != null
                    && lr.getSpec().getLimits().stream()
                        .anyMatch(LimitRangeCheck::setsContainerDefaults))
        .findFirst()
        .map(
            lr ->
                Verdict.pass(
                    "LimitRange " + lr.getMetadata().getName() + " sets container defaults"))
        .orElse(Verdict.fail("no LimitRange sets default or defaultRequest for containers"));
  }

  private static boolean setsContainerDefaults(LimitRangeItem item) {
    return "Container".equals(item.getType())
        && ((item.getDefault() != null && !item.getDefault().isEmpty())
            || (item.getDefaultRequest() != null && !item.getDefaultRequest().isEmpty()));
  }
}
