package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;

/** Reads a container's resource requests and limits. */
public final class Resources {

  private Resources() {
  }

  public static boolean hasRequest(Container c, String resource) {
    return c.getResources() != null && isSet(c.getResources().getRequests(), resource);
  }

  public static boolean hasLimit(Container c, String resource) {
    return c.getResources() != null && isSet(c.getResources().getLimits(), resource);
  }

  private static boolean isSet(Map<String, Quantity> values, String resource) {
    return values != null && values.get(resource) != null && values.get(resource).getAmount() != null
        && !values.get(resource).getAmount().isBlank();
  }
}
