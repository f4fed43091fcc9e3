package dev.hotpath;

import java.time.Duration;

/** A running server, from {@link Hotpath#server}{@code ...start()}. */
public interface Server extends AutoCloseable {
  /** The port bound, useful when the builder asked for port 0. */
  int port();

  /**
   * Stops accepting connections, lets requests in flight finish within {@code grace}, closes the
   * rest, runs the {@code onStop} hooks and shuts the worker pool down.
   */
  void stop(Duration grace);

  /** {@link #stop} with a grace of five seconds. */
  @Override
  default void close() {
    stop(Duration.ofSeconds(5));
  }
}
