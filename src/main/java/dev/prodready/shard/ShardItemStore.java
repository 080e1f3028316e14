package dev.prodready.shard;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.List;
import java.util.Map;

/**
 * An informer store that keeps objects of namespaces outside this shard as metadata stubs (name,
 * namespace, uid, resourceVersion). A stub rather than nothing: the informer's own key index must
 * stay consistent with the store, and a namespace that joins the shard is filled by replacing
 * stubs. Composes with any inner store (e.g. one that prunes fields): it decides what reaches the
 * inner store, not how it is kept.
 */
final class ShardItemStore<R extends HasMetadata> extends ForwardingItemStore<R> {

  static final String STUB_ANNOTATION = "prodready.dev/shard-stub";

  private final Class<R> type;
  private final ShardNamespaces shard;

  ShardItemStore(Class<R> type, ItemStore<R> inner, ShardNamespaces shard) {
    super(inner);
    this.type = type;
    this.shard = shard;
  }

  static boolean isStub(HasMetadata object) {
    var annotations = object.getMetadata().getAnnotations();
    return annotations != null && annotations.containsKey(STUB_ANNOTATION);
  }

  @Override
  public synchronized R put(String key, R object) {
    return inner.put(
        key, shard.caches(object.getMetadata().getNamespace()) ? object : stub(object));
  }

  /**
   * The namespace joined the shard. Watch events stored from now on are whole; the stubs stored
   * before are replaced by one LIST, which is at least as new as they are. An object deleted
   * meanwhile has no key any more and is skipped; one updated meanwhile is already whole and is
   * kept.
   */
  void fill(String namespace, KubernetesClient client) {
    List<R> listed = client.resources(type).inNamespace(namespace).list().getItems();
    for (R object : listed) {
      synchronized (this) {
        String key = inner.getKey(object);
        R current = inner.get(key);
        if (current != null && isStub(current)) {
          inner.put(key, object);
        }
      }
    }
  }

  /** The namespace left the shard: its whole objects become stubs. */
  synchronized void shrink(String namespace) {
    String prefix = namespace + "/";
    inner
        .keySet()
        .filter(k -> k.startsWith(prefix))
        .toList()
        .forEach(
            key -> {
              R current = inner.get(key);
              if (current != null && !isStub(current)) {
                inner.put(key, stub(current));
              }
            });
  }

  private R stub(R object) {
    R stub;
    try {
      stub = type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create a stub of " + type.getName(), e);
    }
    var meta = object.getMetadata();
    stub.setMetadata(
        new ObjectMetaBuilder()
            .withName(meta.getName())
            .withNamespace(meta.getNamespace())
            .withUid(meta.getUid())
            .withResourceVersion(meta.getResourceVersion())
            .withAnnotations(Map.of(STUB_ANNOTATION, "true"))
            .build());
    return stub;
  }
}
