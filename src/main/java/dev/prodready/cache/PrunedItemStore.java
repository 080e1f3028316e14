package dev.prodready.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;

/**
 * An informer store that keeps each object as {@link CachePruning} leaves it: memory follows what
 * checks read.
 */
public class PrunedItemStore<R extends HasMetadata> extends BasicItemStore<R> {

  /**
   * Page size of the informers' initial LIST. Unpaged, the first list of 20,000 Deployments is one
   * response of more than 100 MB, parsed whole before anything is pruned; in pages, each page is
   * pruned as it arrives and the peak heap follows the page, not the cluster.
   */
  public static final long LIST_PAGE = 500;

  public PrunedItemStore() {
    super(Cache::metaNamespaceKeyFunc);
  }

  @Override
  public R put(String key, R object) {
    return super.put(key, CachePruning.prune(object));
  }
}
