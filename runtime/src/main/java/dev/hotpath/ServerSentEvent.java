package dev.hotpath;

import java.time.Duration;
import java.util.Objects;

/**
 * One Server-Sent Event: a route returning {@code Flow.Publisher<ServerSentEvent<T>>} (or a
 * {@code Stream} of them) answers {@code text/event-stream}, one event per element. The data is
 * written as JSON through the generated codec of {@code T}, except a {@code String}, which is
 * written as it is (one {@code data:} line per line). While no event is due the server writes a
 * keep-alive comment, and the stream stops (the publisher is cancelled) when the client goes away.
 *
 * <pre>{@code
 * ServerSentEvent.of(item).id("42").event("created")
 * ServerSentEvent.comment("joined")          // a comment line only, which clients ignore
 * }</pre>
 *
 * @param <T> the data's type
 */
public final class ServerSentEvent<T> {
  private final T data;
  private final String id;
  private final String event;
  private final Duration retry;
  private final String comment;

  private ServerSentEvent(T data, String id, String event, Duration retry, String comment) {
    this.data = data;
    this.id = id;
    this.event = event;
    this.retry = retry;
    this.comment = comment;
  }

  /** An event carrying {@code data}. */
  public static <T> ServerSentEvent<T> of(T data) {
    return new ServerSentEvent<>(Objects.requireNonNull(data, "data"), null, null, null, null);
  }

  /** An event with a comment and no data: clients ignore it; it keeps the connection in use. */
  public static <T> ServerSentEvent<T> comment(String text) {
    return new ServerSentEvent<>(null, null, null, null, Objects.requireNonNull(text, "text"));
  }

  /** The same event with an {@code id:}, which a reconnecting client sends back as {@code Last-Event-ID}. */
  public ServerSentEvent<T> id(String id) {
    return new ServerSentEvent<>(data, singleLine(id, "id"), event, retry, comment);
  }

  /** The same event with an {@code event:} type, which a browser dispatches by name. */
  public ServerSentEvent<T> event(String event) {
    return new ServerSentEvent<>(data, id, singleLine(event, "event"), retry, comment);
  }

  /** The same event telling the client how long to wait before reconnecting. */
  public ServerSentEvent<T> retry(Duration retry) {
    if (retry.isNegative()) {
      throw new IllegalArgumentException("retry must not be negative, was " + retry);
    }
    return new ServerSentEvent<>(data, id, event, retry, comment);
  }

  /** The same event with a comment line before it. */
  public ServerSentEvent<T> withComment(String comment) {
    return new ServerSentEvent<>(data, id, event, retry, Objects.requireNonNull(comment, "comment"));
  }

  /** The data, or null for a comment-only event. */
  public T data() {
    return data;
  }

  public String id() {
    return id;
  }

  public String event() {
    return event;
  }

  public Duration retry() {
    return retry;
  }

  public String comment() {
    return comment;
  }

  /** A field split over two lines would end the field early and forge another: refused. */
  private static String singleLine(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || (field.equals("id") && value.indexOf('\0') >= 0)) {
      throw new IllegalArgumentException("An event's " + field + " cannot contain a line break");
    }
    return value;
  }

  @Override
  public String toString() {
    return "ServerSentEvent[id=" + id + ", event=" + event + ", data=" + data + "]";
  }
}
