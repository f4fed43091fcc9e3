package dev.hotpath.server;

import io.netty.channel.EventLoopGroup;

/**
 * What the server reports about requests; {@link #NONE} unless metrics are configured, so the
 * request path pays a call on a constant and nothing else.
 */
public interface RequestMetrics {
  RequestMetrics NONE = new RequestMetrics() {};

  /** A request arrived (in-flight gauge). */
  default void started() {}

  /** Its response was written: one timer sample tagged by method, route template and status. */
  default void finished(String method, String route, int status, long nanos) {}

  /** The server is up: start measuring event-loop lag and worker-pool use. */
  default void serving(EventLoopGroup loops, Workers workers) {}

  /** The server is stopping. */
  default void stopped() {}
}
