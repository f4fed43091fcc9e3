package dev.hotpath;

import java.time.Duration;

/** A running server, from {@link Hotpath#server}{@code ...start()}. */
public interface Server extends AutoCloseable {
  /** The port bound, useful when the builder asked for port 0. */
  int port();

  /** What the server has done so far: requests decoded, routed, refused, failed, responses written. */
  ServerCounters counters();

  /**
   * Drains and stops: readiness ({@code /readyz}) turns 503, the listening socket closes, idle
   * connections close at once, requests in flight finish (with {@code Connection: close}), a new
   * request on an open connection gets 503; connections still open after {@code grace} are closed.
   * Then queued background tasks finish (within the grace), and the {@code onStop} hooks run, last
   * added first. Idempotent.
   */
  void stop(Duration grace);

  /** {@link #stop} with a grace of five seconds. */
  @Override
  default void close() {
    stop(Duration.ofSeconds(5));
  }
}
