package dev.hotpath.processor.model;

/** Where a route runs; mirrors {@code dev.hotpath.internal.Mode}. */
public enum Mode {
  BLOCKING("on the worker pool"), NON_BLOCKING("on the event loop");

  private final String where;

  Mode(String where) {
    this.where = where;
  }

  public String where() {
    return where;
  }
}
