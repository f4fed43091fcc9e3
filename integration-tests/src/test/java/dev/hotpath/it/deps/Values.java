package dev.hotpath.it.deps;

import dev.hotpath.it.api.Nullable;

/** The values the test providers give. */
public final class Values {
  private Values() {}

  /** FastAPI's {@code common_parameters}. */
  public record CommonParams(@Nullable String q, int skip, int limit) {}

  public record Page(int number) {}

  public record Window(int from, int to) {}

  /** Marker values of checks that only may throw, routes {@code @Requires} them. */
  public record TokenChecked() {}

  public record ApiKey(String value) {}

  public record QueryToken(String value) {}

  public record HeaderToken(String value) {}

  /** A connection and a transaction on it, closed after the response. */
  public record Db(int id) {}

  public record Tx(Db db) {}

  /** A resource opened by a non-blocking provider. */
  public record Session(String name) {}

  /** A resource whose close throws. */
  public record Fragile(String name) {}

  /** A body read by a provider, validated as a route's. */
  public record OrderForm(@jakarta.validation.constraints.NotBlank String item,
      @jakarta.validation.constraints.Positive int quantity) {}

  public record Order(String item, int quantity) {}

  /** Read by a provider from a path variable of the route using it. */
  public record Profile(long userId) {}

  /** The threads providers ran on. */
  public record BlockingThread(Thread thread) {}

  public record AsyncThread(Thread thread) {}

  public record InlineThread(Thread thread) {}
}
