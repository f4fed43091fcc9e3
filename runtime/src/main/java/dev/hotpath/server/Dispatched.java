package dev.hotpath.server;

import java.util.List;

/**
 * What the dispatcher learns about one request that its connection needs once the response is
 * written: the route template (for metrics) and the route's background tasks. Written on the
 * thread that ran the route, read on the event loop after the hand-over.
 */
public final class Dispatched {
  private volatile String route = "UNKNOWN";
  private volatile List<Runnable> tasks = List.of();

  /** The matched template, or {@code NOT_FOUND}, {@code REDIRECTION}, {@code PREFLIGHT} ... */
  public String route() {
    return route;
  }

  void route(String route) {
    this.route = route;
  }

  public List<Runnable> tasks() {
    return tasks;
  }

  void tasks(List<Runnable> tasks) {
    this.tasks = tasks;
  }
}
