package dev.prodready.shard;

import dev.prodready.config.OperatorConfig;
import dev.prodready.snapshot.ClusterView;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * The namespaces this instance owns when several instances split a cluster
 * (prodready.shard.namespace-selector, a label selector on Namespaces; unset = this instance owns
 * every namespace).
 *
 * <p>The Kubernetes API cannot filter objects by the labels of their namespace, so every informer
 * still receives every object; {@link ShardItemStore} keeps only a metadata stub of objects outside
 * the shard. The owned set follows the Namespace informer, which watches only the namespaces the
 * selector matches: a namespace relabelled into the shard is first admitted to the caches and
 * filled from one LIST per kind, and only then evaluated; one relabelled out is no longer evaluated
 * at once, and its cached objects shrink back to stubs.
 */
@ApplicationScoped
public class ShardNamespaces {

  private static final Logger LOG = Logger.getLogger(ShardNamespaces.class);

  private final Optional<String> selector;
  private final KubernetesClient client;

  /** Namespaces whose objects are cached whole. */
  private final Set<String> cached = ConcurrentHashMap.newKeySet();

  /** Namespaces whose profiles this instance evaluates and writes: a subset of {@link #cached}. */
  private final Set<String> owned = ConcurrentHashMap.newKeySet();

  private final List<ShardItemStore<?>> stores = new CopyOnWriteArrayList<>();
  private volatile boolean loaded;

  /** Fills and shrinks caches in order, off the client's event-loop threads. */
  private final ExecutorService filler =
      Executors.newSingleThreadExecutor(
          r -> {
            var thread = new Thread(r, "prodready-shard-filler");
            thread.setDaemon(true);
            return thread;
          });

  public ShardNamespaces(OperatorConfig config, KubernetesClient client) {
    this.selector = config.shard().namespaceSelector().map(String::trim).filter(s -> !s.isEmpty());
    this.client = client;
  }

  public boolean sharded() {
    return selector.isPresent();
  }

  /** The label selector of this shard's namespaces, for the Namespace informer. */
  public Optional<String> selector() {
    return selector;
  }

  /** Whether this instance evaluates and writes the profiles of {@code namespace}. */
  public boolean owns(String namespace) {
    return !sharded() || owned.contains(namespace);
  }

  /**
   * The namespace joined the shard and its objects are being read: evaluate it once that is done.
   */
  public boolean joining(String namespace) {
    return sharded() && cached.contains(namespace) && !owned.contains(namespace);
  }

  /**
   * Whether objects of {@code namespace} are cached whole. kube-system is read by the etcd-backup
   * check of every shard.
   */
  public boolean caches(String namespace) {
    return !sharded() || ClusterView.KUBE_SYSTEM.equals(namespace) || cached.contains(namespace);
  }

  /**
   * The store of a namespaced informer: {@code inner} itself without sharding, else wrapped by the
   * shard filter.
   */
  public <R extends HasMetadata> ItemStore<R> store(Class<R> type, ItemStore<R> inner) {
    if (!sharded()) {
      return inner;
    }
    var store = new ShardItemStore<>(type, inner, this);
    stores.add(store);
    return store;
  }

  /**
   * The store of the Namespace informer, which watches this shard's namespaces and tells this class
   * about changes.
   */
  public ItemStore<Namespace> namespaceStore(ItemStore<Namespace> inner) {
    return sharded() ? new OwnedNamespaceStore(inner, this) : inner;
  }

  /**
   * Reads the shard's namespaces once, before the informers start, so that no informer's initial
   * LIST is stubbed by mistake. Not from a store: stores are called on the client's event-loop
   * threads, which must never block.
   */
  public synchronized void load() {
    if (!sharded() || loaded) {
      return;
    }
    client
        .namespaces()
        .withLabelSelector(selector.orElseThrow())
        .list()
        .getItems()
        .forEach(
            ns -> {
              cached.add(ns.getMetadata().getName());
              owned.add(ns.getMetadata().getName());
            });
    loaded = true;
    LOG.infof("Shard %s owns %d namespaces", selector.get(), owned.size());
  }

  /**
   * A namespace now matches the selector: from now on its objects are cached whole, the stubs
   * stored before are replaced from one LIST per kind (on a thread of its own), and only then are
   * its profiles evaluated.
   */
  void admit(String namespace) {
    if (owned.contains(namespace) || !cached.add(namespace)) {
      return;
    }
    filler.execute(
        () -> {
          try {
            for (ShardItemStore<?> store : stores) {
              store.fill(namespace, client);
            }
          } catch (RuntimeException e) {
            LOG.errorf(
                e,
                "Could not read the objects of namespace %s, which joined shard %s",
                namespace,
                selector.get());
            cached.remove(namespace);
            return;
          }
          if (cached.contains(namespace)) {
            owned.add(namespace);
            LOG.infof("Namespace %s joined shard %s", namespace, selector.get());
          }
        });
  }

  /** A namespace no longer matches: stop evaluating it at once, then let go of its objects. */
  void release(String namespace) {
    boolean wasOwned = owned.remove(namespace);
    if (!cached.remove(namespace) && !wasOwned) {
      return;
    }
    filler.execute(() -> stores.forEach(store -> store.shrink(namespace)));
    LOG.infof("Namespace %s left shard %s", namespace, selector.orElseThrow());
  }
}
