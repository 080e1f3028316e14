package dev.prodready.bench;

import dev.prodready.cache.CachePruning;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Heap per cached object, whole and as the informer caches keep it (CachePruning), for the
 * benchmark corpus (`make bench`; docs/benchmarks.md). Objects are parsed from JSON as an informer
 * does, after adding what the API server stores besides the manifest (managedFields mirroring the
 * applied fields, uid, resourceVersion, timestamps).
 */
@Tag("bench")
class CacheMemoryBenchmark {

  private static final int NAMESPACES = 200;

  @Test
  void heapPerCachedObject() {
    List<String> served = new ArrayList<>();
    for (int i = 0; i < NAMESPACES; i++) {
      Corpus.namespace(i).forEach(o -> served.add(Serialization.asJson(asServed(o))));
    }
    Map<String, Integer> kinds = new LinkedHashMap<>();
    served.forEach(
        json ->
            kinds.merge(
                Serialization.unmarshal(json, HasMetadata.class).getKind(), 1, Integer::sum));
    System.out.printf("%ncorpus: %d namespaces, %d objects %s%n", NAMESPACES, served.size(), kinds);
    long whole = retained(served, UnaryOperator.identity());
    long dropped = retained(served, CachePruning::dropUnread);
    long pruned = retained(served, CachePruning::prune);
    System.out.printf("%-8s %-16s %-16s%n", "cache", "heap (MiB)", "bytes/object");
    System.out.printf("%-8s %-16.1f %-16d%n", "whole", whole / 1048576.0, whole / served.size());
    System.out.printf(
        "%-8s %-16.1f %-16d%n", "dropped", dropped / 1048576.0, dropped / served.size());
    System.out.printf("%-8s %-16.1f %-16d%n", "pruned", pruned / 1048576.0, pruned / served.size());
    System.out.println(
        "whole: as parsed; dropped: without managedFields, last-applied, unread status; pruned: dropped,"
            + " then empty additionalProperties shared and strings interned (what the informer caches keep)");
  }

  private static long retained(List<String> served, UnaryOperator<HasMetadata> store) {
    long before = usedAfterGc();
    List<HasMetadata> cache = new ArrayList<>(served.size());
    served.forEach(
        json -> cache.add(store.apply(Serialization.unmarshal(json, HasMetadata.class))));
    long after = usedAfterGc();
    if (cache.isEmpty()) {
      throw new AssertionError("unreachable: keeps the cache alive until measured");
    }
    return after - before;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * What a stored object carries besides its manifest: identity, timestamps and managedFields for
   * its fields.
   */
  private static HasMetadata asServed(HasMetadata object) {
    var meta = object.getMetadata();
    meta.setUid(
        java.util
            .UUID
            .nameUUIDFromBytes((meta.getNamespace() + "/" + meta.getName()).getBytes())
            .toString());
    meta.setResourceVersion("123456");
    meta.setCreationTimestamp("2026-12-01T10:00:00Z");
    meta.setGeneration(1L);
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = Serialization.unmarshal(Serialization.asJson(object), Map.class);
    tree.remove("apiVersion");
    tree.remove("kind");
    meta.setManagedFields(
        List.of(
            new ManagedFieldsEntryBuilder()
                .withManager("kubectl-client-side-apply")
                .withOperation("Update")
                .withApiVersion(object.getApiVersion())
                .withFieldsType("FieldsV1")
                .withTime("2026-12-01T10:00:00Z")
                .withNewFieldsV1()
                .withAdditionalProperties(fields(tree))
                .endFieldsV1()
                .build()));
    return object;
  }

  /**
   * The FieldsV1 shape: every set field as "f:name", lists of objects keyed by "k:{...}" or "v:..."
   * (simplified).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> fields(Object node) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put("f:" + k, fields(v)));
    } else if (node instanceof List<?> list) {
      int i = 0;
      for (Object item : list) {
        String key =
            item instanceof Map<?, ?> m && m.containsKey("name")
                ? "k:{\"name\":\"" + m.get("name") + "\"}"
                : "v:" + i;
        out.put(key, fields(item));
        i++;
      }
      out.put(".", Map.of());
    }
    return out;
  }
}
