package dev.prodready.audit;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * With PRODREADY_TIMINGS set, prints the wall and CPU time (all JVM threads: JIT and GC included)
 * of each phase on stderr; the first phase counts from JVM start.
 */
final class Timings {

  private final boolean enabled;
  private final PrintStream err;
  private long lastWall;
  private long lastCpu;

  Timings(boolean enabled, PrintStream err) {
    this.enabled = enabled;
    this.err = err;
    this.lastWall = enabled ? ManagementFactory.getRuntimeMXBean().getStartTime() : 0;
  }

  void lap(String what) {
    if (!enabled) {
      return;
    }
    long wall = System.currentTimeMillis();
    long cpu = processCpuNanos() / 1_000_000;
    err.printf("prodready: %6d ms wall %6d ms cpu  %s%n", wall - lastWall, cpu - lastCpu, what);
    lastWall = wall;
    lastCpu = cpu;
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }
}
