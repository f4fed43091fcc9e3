package dev.hotpath.processor.model;

/** Where a parameter's value comes from, in the order its errors are reported. */
public enum Source {
  PATH("path"), QUERY("query"), HEADER("header"), COOKIE("cookie"), REQUEST("request"),
  BACKGROUND_TASKS("background"), PROVIDED("provided"),
  /** A field of a url-encoded or multipart form body. */
  FORM("body"),
  BODY("body");

  private final String loc;

  Source(String loc) {
    this.loc = loc;
  }

  /** The first element of a 422's {@code loc}. */
  public String loc() {
    return loc;
  }
}
