package dev.hotpath.internal;

/** Where a route runs, decided at compile time from its return type (DESIGN.md, "How a method runs"). */
public enum Mode {
  /** On the worker pool: the route may block. A returned stage is then awaited without blocking. */
  BLOCKING,
  /** Inline on the connection's event loop: the route must not block. */
  NON_BLOCKING
}
