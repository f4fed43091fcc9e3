package dev.hotpath.server;

import java.util.List;

/**
 * What the dispatcher learns about one request that its connection needs once the response is
 * written: the route template (for metrics), the route's background tasks, and what to do once it
 * is written whatever happens. Written on the
 * thread that ran the route, read on the event loop after the hand-over.
 */
public final class Dispatched {
  private volatile String route = "UNKNOWN";
  private volatile List<Runnable> tasks = List.of();
  private volatile Runnable afterResponse = NOTHING;
  static final Runnable NOTHING = () -> {};

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

  /**
   * Run once the response has been written, failed to be, or been dropped with its connection:
   * whatever the outcome (closes the route's {@code Scoped} values).
   */
  public Runnable afterResponse() {
    return afterResponse;
  }

  void afterResponse(Runnable afterResponse) {
    this.afterResponse = afterResponse;
  }
}
