package dev.prodready.audit;

/**
 * Where an object was read: the path as given (or "-" for standard input) and the 1-based line it
 * starts on; line 0 means the whole file (it could not be opened).
 */
public record Source(String file, int line) {

  public static final String STDIN = "-";

  @Override
  public String toString() {
    String name = STDIN.equals(file) ? "<stdin>" : file;
    return line > 0 ? name + ":" + line : name;
  }
}
