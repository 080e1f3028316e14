package dev.prodready.audit;

/** Where an object was read: the path as given (or "-" for standard input) and the 1-based line it starts on. */
public record Source(String file, int line) {

  public static final String STDIN = "-";

  @Override
  public String toString() {
    return (STDIN.equals(file) ? "<stdin>" : file) + ":" + line;
  }
}
