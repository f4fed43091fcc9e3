package dev.hotpath;

import java.util.Objects;

/**
 * A provided value with a close action, as FastAPI's dependencies with {@code yield}: a
 * {@link Provides} method returns {@code Scoped.of(value, close)}, routes and other providers get
 * the value, and the close action runs once the response has been written (or the client has
 * gone), whatever the outcome. Close actions run last-created first; one that throws is logged and
 * the others still run. A provider that runs on the worker pool has its close action run there
 * too; a non-blocking provider's close action runs on the event loop and must not block.
 *
 * <pre>{@code
 * @Provides
 * public Scoped<Connection> connection() throws SQLException {
 *   Connection connection = dataSource.getConnection();
 *   connection.setAutoCommit(false);
 *   return Scoped.of(connection, failure -> {
 *     if (failure == null) connection.commit(); else connection.rollback();
 *     connection.close();
 *   });
 * }
 * }</pre>
 */
public final class Scoped<T> {
  /** A close action told how the request ended. */
  @FunctionalInterface
  public interface Close {
    /**
     * @param failure what the route (or a later provider) threw, the response's cause; null when
     *     the route returned normally
     */
    void close(Throwable failure) throws Exception;
  }

  private final T value;
  private final Close close;

  private Scoped(T value, Close close) {
    this.value = value;
    this.close = Objects.requireNonNull(close, "close");
  }

  /** A value closed the same way whatever the outcome. */
  public static <T> Scoped<T> of(T value, AutoCloseable close) {
    Objects.requireNonNull(close, "close");
    return new Scoped<>(value, failure -> close.close());
  }

  /** A value whose close action learns whether the request failed (to commit or roll back, say). */
  public static <T> Scoped<T> of(T value, Close close) {
    return new Scoped<>(value, close);
  }

  /** What routes and providers are given. */
  public T value() {
    return value;
  }

  /** Runs the close action; the server calls it once, after the response. */
  public void close(Throwable failure) throws Exception {
    close.close(failure);
  }
}
