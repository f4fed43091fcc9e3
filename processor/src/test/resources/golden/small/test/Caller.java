package test;

/** Who is calling, as a provider gives it. */
public record Caller(String name) {
  /** What the caller is called here, given by a non-blocking provider. */
  public record Badge(String text) {}
}
