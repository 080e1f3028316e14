package dev.prodready.shard;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.stream.Stream;

/** An informer store that hands every call to an inner store; subclasses change what they must. */
abstract class ForwardingItemStore<R extends HasMetadata> implements ItemStore<R> {

  protected final ItemStore<R> inner;

  ForwardingItemStore(ItemStore<R> inner) {
    this.inner = inner;
  }

  @Override
  public R put(String key, R object) {
    return inner.put(key, object);
  }

  @Override
  public R remove(String key) {
    return inner.remove(key);
  }

  @Override
  public String getKey(R object) {
    return inner.getKey(object);
  }

  @Override
  public Stream<String> keySet() {
    return inner.keySet();
  }

  @Override
  public Stream<R> values() {
    return inner.values();
  }

  @Override
  public int size() {
    return inner.size();
  }

  @Override
  public R get(String key) {
    return inner.get(key);
  }

  @Override
  public boolean isFullState() {
    return inner.isFullState();
  }
}
