package dev.prodready.audit;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which optional CRDs ("group/Kind") count as served offline: those whose CustomResourceDefinition
 * is in the input, and those named by --assume-crds, either as group/Kind
 * (monitoring.coreos.com/ServiceMonitor) or by CRD name (servicemonitors.monitoring.coreos.com).
 */
public final class ServedCrds {

  private ServedCrds() {}

  /** The optional kind an --assume-crds entry names, or empty when no check reads such a kind. */
  public static Optional<String> resolve(String name, Set<String> optionalKinds) {
    String wanted = name.trim();
    if (wanted.contains("/")) {
      return optionalKinds.stream().filter(k -> k.equalsIgnoreCase(wanted)).findFirst();
    }
    return optionalKinds.stream()
        .filter(k -> crdNames(k).contains(wanted.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /**
   * The CRD names a kind is usually served under: its plural (regular English forms) dot its group.
   */
  private static List<String> crdNames(String groupKind) {
    String group = groupKind.substring(0, groupKind.indexOf('/'));
    String kind = groupKind.substring(groupKind.indexOf('/') + 1).toLowerCase(Locale.ROOT);
    String ies = kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ies" : kind + "s";
    return List.of(kind + "s." + group, kind + "es." + group, ies + "." + group);
  }

  public static Set<String> resolveAll(
      Collection<String> names, Set<String> optionalKinds, List<String> unknown) {
    var served = new TreeSet<String>();
    for (String name : names) {
      resolve(name, optionalKinds).ifPresentOrElse(served::add, () -> unknown.add(name));
    }
    return served;
  }
}
