package dev.prodready.audit;

/** Input that could not be used, reported as one line naming the file and line. */
public record InputProblem(Source source, String message) {

  @Override
  public String toString() {
    return source + ": " + message;
  }
}
