package dev.prodready.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * prodready_check_failing_namespaces{check,priority}: how many namespaces fail each check, one
 * series per check and effective priority, whatever the number of namespaces. A series appears with
 * the first failure and stays (at 0) afterwards, so an alert on it sees the return to zero. Callers
 * synchronize.
 */
final class FailingNamespaces {

  /** A failing check under the priority the namespace's profile gives it. */
  record Key(String check, String priority) {}

  private final MeterRegistry registry;
  private final Map<String, Set<Key>> byNamespace = new HashMap<>();
  private final Map<Key, AtomicInteger> counts = new HashMap<>();

  FailingNamespaces(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(String namespace, List<Key> failingChecks) {
    forget(namespace);
    Set<Key> keys = Set.copyOf(failingChecks);
    byNamespace.put(namespace, keys);
    keys.forEach(key -> count(key).incrementAndGet());
  }

  void forget(String namespace) {
    Set<Key> previous = byNamespace.remove(namespace);
    if (previous != null) {
      previous.forEach(key -> count(key).decrementAndGet());
    }
  }

  private AtomicInteger count(Key key) {
    return counts.computeIfAbsent(
        key,
        k -> {
          var holder = new AtomicInteger();
          Gauge.builder("prodready.check.failing.namespaces", holder, AtomicInteger::get)
              .description("Number of namespaces whose active profile fails this check")
              .tags("check", k.check(), "priority", k.priority())
              .register(registry);
          return holder;
        });
  }
}
