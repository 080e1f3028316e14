package dev.prodready.snapshot;

import io.fabric8.kubernetes.api.model.Container;

/**
 * A container with the knowledge of whether it is an init container, for messages like
 * "init:migrate".
 */
public record NamedContainer(Container container, boolean init) {

  public String label() {
    return init ? "init:" + container.getName() : container.getName();
  }
}
