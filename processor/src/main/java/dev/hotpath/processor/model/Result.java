package dev.hotpath.processor.model;

/**
 * What a route returns, as the writer turns it into a response.
 *
 * @param future whether the method returns a {@code CompletionStage}/{@code CompletableFuture} of it
 * @param json for {@link Kind#JSON}, the value's type; for {@link Kind#RESPONSE}, the body's JSON type
 *     ({@code AnyType} for {@code Response<?>}), or null when the body is text, bytes or none; for
 *     {@link Kind#STREAM}, the JSON type of each element (of each event's data), or null
 * @param stream for {@link Kind#STREAM}, what is streamed and how; else null
 */
public record Result(Kind kind, boolean future, JsonType json, Streamed stream) {
  public Result(Kind kind, boolean future, JsonType json) {
    this(kind, future, json, null);
  }

  /**
   * A streamed body.
   *
   * @param publisher a {@code Flow.Publisher}; else a {@code java.util.stream.Stream}
   * @param elements how each element is written
   */
  public record Streamed(boolean publisher, Elements elements) {}

  /** The documented rule: by element type. */
  public enum Elements {
    /** {@code String}: text/plain, each as it is. */
    TEXT,
    /** {@code byte[]}: application/octet-stream, each as it is. */
    BYTES,
    /** {@code ServerSentEvent<T>}: text/event-stream. */
    EVENTS,
    /** Anything else: application/x-ndjson, one JSON document per line. */
    JSON_LINES
  }

  public enum Kind {
    /** {@code String}: text/plain. */
    TEXT,
    /** {@code byte[]}: application/octet-stream. */
    BYTES,
    /** {@code void} or {@code Void}: no body. */
    NONE,
    /** Any other type: JSON through the generated codec. */
    JSON,
    /** {@code Response<T>}: as the route built it. */
    RESPONSE,
    /** {@code Flow.Publisher<T>} or {@code java.util.stream.Stream<T>}: streamed, element by element. */
    STREAM
  }
}
