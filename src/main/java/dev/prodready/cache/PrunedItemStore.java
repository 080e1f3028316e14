package dev.prodready.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;

/** An informer store that keeps each object as {@link CachePruning} leaves it: memory follows what checks read. */
public class PrunedItemStore<R extends HasMetadata> extends BasicItemStore<R> {

  public PrunedItemStore() {
    super(Cache::metaNamespaceKeyFunc);
  }

  @Override
  public R put(String key, R object) {
    return super.put(key, CachePruning.prune(object));
  }
}
