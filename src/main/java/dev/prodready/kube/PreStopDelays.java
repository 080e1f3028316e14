package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a container's preStop hook waits before the container gets SIGTERM: a {@code sleep}
 * action (lifecycle.preStop.sleep.seconds), or an exec hook whose command sleeps ({@code sleep 15},
 * {@code sh -c "sleep 5 && nginx -s quit"}), summing the sleeps it runs one after the other. An
 * HTTP hook or a script without a literal sleep has no delay that can be read, and is empty.
 */
public final class PreStopDelays {

  private static final Pattern SLEEP =
      Pattern.compile("(?:^|[\\s;&|/(])sleep\\s+(\\d+)(s?)(?=$|[\\s;&|)])");

  private PreStopDelays() {}

  public static Optional<Long> seconds(Container c) {
    LifecycleHandler hook = c.getLifecycle() == null ? null : c.getLifecycle().getPreStop();
    if (hook == null) {
      return Optional.empty();
    }
    if (hook.getSleep() != null && hook.getSleep().getSeconds() != null) {
      return Optional.of(hook.getSleep().getSeconds());
    }
    if (hook.getExec() == null || hook.getExec().getCommand() == null) {
      return Optional.empty();
    }
    Matcher m = SLEEP.matcher(String.join(" ", hook.getExec().getCommand()));
    long total = 0;
    boolean found = false;
    while (m.find()) {
      total += Long.parseLong(m.group(1));
      found = true;
    }
    return found ? Optional.of(total) : Optional.empty();
  }
}
