package dev.prodready.shard;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;

/**
 * The store of the Namespace informer, which lists and watches only the namespaces matching the
 * shard's selector: a namespace appearing here joined the shard, one removed left it (the API
 * server sends a deletion when a label change makes an object stop matching a watch's selector).
 * The informer notifies the operator only after the store is updated, so a joining namespace is
 * evaluated after its objects are in the caches.
 */
final class OwnedNamespaceStore extends ForwardingItemStore<Namespace> {

  private final ShardNamespaces shard;

  OwnedNamespaceStore(ItemStore<Namespace> inner, ShardNamespaces shard) {
    super(inner);
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
}
