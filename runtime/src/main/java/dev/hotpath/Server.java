package dev.hotpath;

import java.time.Duration;

/** A running server, from {@link Hotpath#server}{@code ...start()}. */
public interface Server extends AutoCloseable {
  /** The port bound, useful when the builder asked for port 0. */
  int port();

  /**
   * Closes the listening socket, then the event loops once they have been quiet for a moment (at
   * most {@code grace}), shuts the worker pool down and runs the {@code onStop} hooks. Idempotent.
   * Draining keep-alive connections one by one is not done yet.
   */
  void stop(Duration grace);

  /** {@link #stop} with a grace of five seconds. */
  @Override
  default void close() {
    stop(Duration.ofSeconds(5));
  }
}
