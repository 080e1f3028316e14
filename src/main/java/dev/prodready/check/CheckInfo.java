package dev.prodready.check;

import dev.prodready.api.v1alpha1.Category;
import dev.prodready.api.v1alpha1.Priority;
import dev.prodready.snapshot.OptionalCrd;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a catalog item is, and what the engine needs to know before running it. Built fluently:
 *
 * <pre>{@code
 * CheckInfo.of("pdb-coverage", "Resources #7", Resources, High)
 *     .title("...").why("...").hint("...")
 *     .appliesTo(Scope.REPLICATED)
 * }</pre>
 *
 * Every step validates, so invalid metadata fails when the check class loads. The id is a literal
 * chosen once and never derived from the title, so renaming a title does not break users' excludes,
 * overrides and exemptions.
 *
 * @param ref checklist reference, for example "Security #5"
 * @param title what must hold, phrased as the passing state
 * @param why the one-line reason a platform engineer should care
 * @param hint how to fix a failure
 * @param requiredCrds optional CRDs the check needs: while any is not served the check is
 *     NotApplicable rather than failing
 * @param optionalCrds optional CRDs the check (or its scope) reads when served, without needing
 *     them; the operator watches these too
 * @param scope the workloads a {@link WorkloadCheck} judges; {@link Scope#EVERY_WORKLOAD} for other
 *     checks
 * @param attestable whether spec.attestations may sign this item off: true for attested items, and
 *     for automated checks that report Manual when the cluster cannot tell; attesting any other
 *     automated check is rejected as InvalidSpec
 * @param attestationValidity how long a sign-off holds when the attestation sets no validity of its
 *     own
 */
public record CheckInfo(
    String id,
    String ref,
    Category category,
    Priority priority,
    String title,
    String why,
    String hint,
    Set<OptionalCrd> requiredCrds,
    Set<OptionalCrd> optionalCrds,
    Scope scope,
    boolean attestable,
    Duration attestationValidity) {

  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(365);

  private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  private static final Pattern REF =
      Pattern.compile(
          "^(Resources|Reliability|Security|Observability|Networking|"
              + "Backup & DR|CI/CD) #\\d+$|^Golden rule #\\d+$");

  public CheckInfo {
    requireIdAndRef(id, ref);
    if (category == null || priority == null || scope == null) {
      throw new IllegalArgumentException(id + ": category, priority and scope are required");
    }
    if (blank(title) || blank(why) || blank(hint)) {
      throw new IllegalArgumentException(id + ": title, why and hint are required");
    }
    requiredCrds = Set.copyOf(requiredCrds);
    var read = union(optionalCrds, scope.reads());
    read.removeAll(requiredCrds);
    optionalCrds = Set.copyOf(read);
    if (attestationValidity.isNegative() || attestationValidity.isZero()) {
      throw new IllegalArgumentException(id + ": a sign-off must hold for some time");
    }
    if (!attestable && !attestationValidity.equals(DEFAULT_VALIDITY)) {
      throw new IllegalArgumentException(id + ": a validity only means something when attestable");
    }
  }

  /** Starts the metadata; title, why and hint follow, in that order. */
  public static Draft of(String id, String ref, Category category, Priority priority) {
    return new Draft(id, ref, category, priority, "", "");
  }

  /** CheckInfo before its hint: the texts every check needs. */
  public record Draft(
      String id, String ref, Category category, Priority priority, String title, String why) {

    public Draft {
      requireIdAndRef(id, ref);
    }

    public Draft title(String title) {
      return new Draft(id, ref, category, priority, title, why);
    }

    public Draft why(String why) {
      return new Draft(id, ref, category, priority, title, why);
    }

    public CheckInfo hint(String hint) {
      return new CheckInfo(
          id,
          ref,
          category,
          priority,
          title,
          why,
          hint,
          Set.of(),
          Set.of(),
          Scope.EVERY_WORKLOAD,
          false,
          DEFAULT_VALIDITY);
    }
  }

  /** Adds CRDs the check needs; it is NotApplicable while any is not served. */
  public CheckInfo requires(OptionalCrd... crds) {
    return with(
        union(requiredCrds, Arrays.asList(crds)),
        optionalCrds,
        scope,
        attestable,
        attestationValidity);
  }

  /** Adds CRDs the check reads when they are served. */
  public CheckInfo reads(OptionalCrd... crds) {
    return reads(Arrays.asList(crds));
  }

  public CheckInfo reads(Collection<OptionalCrd> crds) {
    return with(requiredCrds, union(optionalCrds, crds), scope, attestable, attestationValidity);
  }

  public CheckInfo appliesTo(Scope scope) {
    return with(requiredCrds, optionalCrds, scope, attestable, attestationValidity);
  }

  /** spec.attestations may sign it off; a sign-off holds for a year. */
  public CheckInfo allowsAttestation() {
    return allowsAttestation(DEFAULT_VALIDITY);
  }

  /** spec.attestations may sign it off; a sign-off holds for {@code validity}. */
  public CheckInfo allowsAttestation(Duration validity) {
    return with(requiredCrds, optionalCrds, scope, true, validity);
  }

  private CheckInfo with(
      Set<OptionalCrd> requiredCrds,
      Set<OptionalCrd> optionalCrds,
      Scope scope,
      boolean attestable,
      Duration attestationValidity) {
    return new CheckInfo(
        id,
        ref,
        category,
        priority,
        title,
        why,
        hint,
        requiredCrds,
        optionalCrds,
        scope,
        attestable,
        attestationValidity);
  }

  private static Set<OptionalCrd> union(Set<OptionalCrd> some, Collection<OptionalCrd> more) {
    var all = EnumSet.noneOf(OptionalCrd.class);
    all.addAll(some);
    all.addAll(more);
    return all;
  }

  private static void requireIdAndRef(String id, String ref) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("check id must be kebab-case: " + id);
    }
    if (!REF.matcher(ref).matches()) {
      throw new IllegalArgumentException(
          "checklist reference must look like 'Security #5': " + ref);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
