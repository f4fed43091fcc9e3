package dev.hotpath.processor.model;

/**
 * What a route returns, as the writer turns it into a response.
 *
 * @param future whether the method returns a {@code CompletionStage}/{@code CompletableFuture} of it
 */
public record Result(Kind kind, boolean future) {
  public enum Kind {
    /** {@code String}: text/plain. */
    TEXT,
    /** {@code byte[]}: application/octet-stream. */
    BYTES,
    /** {@code void} or {@code Void}: no body. */
    NONE,
    /** {@code Response<T>}: as the route built it. */
    RESPONSE
  }
}
