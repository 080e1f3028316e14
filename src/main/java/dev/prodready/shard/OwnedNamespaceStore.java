package dev.prodready.shard;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.stream.Stream;

/**
 * The store of the Namespace informer, which lists and watches only the namespaces matching the
 * shard's selector: a namespace appearing here joined the shard, one removed left it (the API
 * server sends a deletion when a label change makes an object stop matching a watch's selector).
 * The informer notifies the operator only after the store is updated, so a joining namespace is
 * evaluated after its objects are in the caches.
 */
final class OwnedNamespaceStore implements ItemStore<Namespace> {

  private final ItemStore<Namespace> inner;
  private final ShardNamespaces shard;

  OwnedNamespaceStore(ItemStore<Namespace> inner, ShardNamespaces shard) {
    this.inner = inner;
    this.shard = shard;
  }

  @Override
  public Namespace put(String key, Namespace namespace) {
    shard.admit(namespace.getMetadata().getName());
    return inner.put(key, namespace);
  }

  @Override
  public Namespace remove(String key) {
    Namespace removed = inner.remove(key);
    if (removed != null) {
      shard.release(removed.getMetadata().getName());
    }
    return removed;
  }

  @Override
  public String getKey(Namespace namespace) {
    return inner.getKey(namespace);
  }

  @Override
  public Stream<String> keySet() {
    return inner.keySet();
  }

  @Override
  public Stream<Namespace> values() {
    return inner.values();
  }

  @Override
  public int size() {
    return inner.size();
  }

  @Override
  public Namespace get(String key) {
    return inner.get(key);
  }

  @Override
  public boolean isFullState() {
    return inner.isFullState();
  }
}
