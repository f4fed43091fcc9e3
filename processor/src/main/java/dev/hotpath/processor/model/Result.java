package dev.hotpath.processor.model;

/**
 * What a route returns, as the writer turns it into a response.
 *
 * @param future whether the method returns a {@code CompletionStage}/{@code CompletableFuture} of it
 * @param json for {@link Kind#JSON}, the value's type; for {@link Kind#RESPONSE}, the body's JSON type
 *     ({@code AnyType} for {@code Response<?>}), or null when the body is text, bytes or none
 */
public record Result(Kind kind, boolean future, JsonType json) {
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
    RESPONSE
  }
}
