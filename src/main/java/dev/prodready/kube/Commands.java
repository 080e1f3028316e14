package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.Container;
import java.util.ArrayList;
import java.util.List;

/** What a container runs, as one line, for heuristics that look for a tool or an address in it. */
public final class Commands {

  private Commands() {}

  /**
   * command and args joined with spaces (a shell script passed with -c stays one part, newlines
   * included).
   */
  public static String commandLine(Container c) {
    var parts = new ArrayList<String>();
    parts.addAll(c.getCommand() == null ? List.of() : c.getCommand());
    parts.addAll(c.getArgs() == null ? List.of() : c.getArgs());
    return String.join(" ", parts);
  }
}
