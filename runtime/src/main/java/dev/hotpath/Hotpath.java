package dev.hotpath;

/** Entry point: {@code Hotpath.server(new MyApiRouter(controllers...)).port(8000).start()}. */
public final class Hotpath {
  private Hotpath() {}

  /** A server builder for these routers; a request goes to the first router with a matching path. */
  public static ServerBuilder server(Router... routers) {
    return new ServerBuilder(routers);
  }
}
