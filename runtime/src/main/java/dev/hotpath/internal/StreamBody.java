package dev.hotpath.internal;

import dev.hotpath.ServerSentEvent;
import dev.hotpath.json.Json;
import dev.hotpath.json.JsonOutput;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * A streamed response body, made by generated code from what a route returned: a
 * {@code Flow.Publisher<T>}, or a {@code java.util.stream.Stream<T>} (pulled on the worker pool when
 * the route is blocking, on the event loop when it is not), and how each element is written. The
 * rule, by element type: {@code String} is text ({@code text/plain; charset=utf-8}, each written as
 * it is), {@code byte[]} is bytes ({@code application/octet-stream}), {@code ServerSentEvent<T>} is
 * an event stream ({@code text/event-stream}), anything else is JSON lines
 * ({@code application/x-ndjson}, one document and a newline per element).
 */
public final class StreamBody {
  /** Writes one element into the response's next chunk. */
  @FunctionalInterface
  public interface ItemEncoder<T> {
    void encode(T item, ByteBuf out) throws IOException;
  }

  /** How a stream's elements are written, and the content type that says so. */
  public record Encoding<T>(String contentType, ItemEncoder<? super T> encoder, boolean events) {}

  /** A part of a file, which the server may send zero-copy instead of pulling its chunks. */
  public record FilePart(java.nio.file.Path path, long offset, long length) {}

  private final Function<Executor, Flow.Publisher<?>> source;
  private final Encoding<?> encoding;
  private final boolean pulledOnWorkers;
  private final FilePart file;

  private StreamBody(Function<Executor, Flow.Publisher<?>> source, Encoding<?> encoding, boolean pulledOnWorkers) {
    this(source, encoding, pulledOnWorkers, null);
  }

  private StreamBody(Function<Executor, Flow.Publisher<?>> source, Encoding<?> encoding, boolean pulledOnWorkers,
      FilePart file) {
    this.source = source;
    this.encoding = encoding;
    this.pulledOnWorkers = pulledOnWorkers;
    this.file = file;
  }

  /**
   * A part of a file, of known length: sent zero-copy where the transport allows, else as
   * {@code chunks}, read on the worker pool.
   */
  public static StreamBody ofFile(java.nio.file.Path path, long offset, long length,
      java.util.stream.Stream<byte[]> chunks) {
    return new StreamBody(executor -> new IteratorPublisher<>(chunks, executor), bytes(), true,
        new FilePart(path, offset, length));
  }

  /** The file this body is a part of, or null for any other stream. */
  public FilePart file() {
    return file;
  }

  /** A publisher's elements, as it emits them and no faster than they are requested. */
  public static <T> StreamBody of(Flow.Publisher<? extends T> publisher, Encoding<T> encoding) {
    Objects.requireNonNull(publisher, "The route returned a null publisher");
    return new StreamBody(executor -> publisher, encoding, false);
  }

  /**
   * A stream's elements, pulled as they are requested, on the worker pool when {@code blocking}
   * (the route's mode) and on the event loop otherwise; it is closed when done or cancelled.
   */
  public static <T> StreamBody of(java.util.stream.Stream<? extends T> stream, Encoding<T> encoding, boolean blocking) {
    Objects.requireNonNull(stream, "The route returned a null stream");
    return new StreamBody(executor -> new IteratorPublisher<>(stream, executor), encoding, blocking);
  }

  /**
   * A route's {@code Response} of a publisher or stream, its status and headers kept (a route
   * setting {@code Content-Type} or {@code Content-Disposition}, say) and its body streamed; a
   * null response or body stays as it is.
   */
  public static dev.hotpath.Response<?> withBody(dev.hotpath.Response<?> response, StreamBody body) {
    return response == null || body == null ? response : response.withBody(body);
  }


  /** The publisher to subscribe to; {@code executor} runs a stream's pulls (as {@link #pulledOnWorkers} says). */
  public Flow.Publisher<?> publisher(Executor executor) {
    return source.apply(executor);
  }

  /** Whether a stream's elements are pulled on the worker pool rather than the event loop. */
  public boolean pulledOnWorkers() {
    return pulledOnWorkers;
  }

  public Encoding<?> encoding() {
    return encoding;
  }

  public static final String NDJSON = "application/x-ndjson";
  public static final String EVENT_STREAM = "text/event-stream";

  /** Text, each element as it is, UTF-8. */
  public static Encoding<String> text() {
    return new Encoding<>("text/plain; charset=utf-8", (item, out) -> out.writeCharSequence(item,
        StandardCharsets.UTF_8), false);
  }

  /** Bytes, each element as it is. */
  public static Encoding<byte[]> bytes() {
    return new Encoding<>("application/octet-stream", (item, out) -> out.writeBytes(item), false);
  }

  /** JSON lines: each element as one JSON document and a newline. */
  public static <T> Encoding<T> jsonLines(JsonOutput.Writer<? super T> writer) {
    return new Encoding<>(NDJSON, (item, out) -> {
      json(writer, item, out);
      out.writeByte('\n');
    }, false);
  }

  /** Server-Sent Events, their data as JSON (a {@code String} as it is). */
  public static <T> Encoding<ServerSentEvent<T>> events(JsonOutput.Writer<? super T> writer) {
    return new Encoding<>(EVENT_STREAM, (event, out) -> writeEvent(event, writer, out), true);
  }

  /** The comment written while an event stream is idle, so proxies and clients keep the connection. */
  public static void keepAlive(ByteBuf out) {
    out.writeCharSequence(": keep-alive\n\n", StandardCharsets.UTF_8);
  }

  private static <T> void writeEvent(ServerSentEvent<T> event, JsonOutput.Writer<? super T> writer, ByteBuf out)
      throws IOException {
    if (event.comment() != null) {
      for (String line : event.comment().split("\r\n|\r|\n", -1)) {
        out.writeCharSequence(": " + line + "\n", StandardCharsets.UTF_8);
      }
    }
    if (event.id() != null) {
      out.writeCharSequence("id: " + event.id() + "\n", StandardCharsets.UTF_8);
    }
    if (event.event() != null) {
      out.writeCharSequence("event: " + event.event() + "\n", StandardCharsets.UTF_8);
    }
    if (event.retry() != null) {
      out.writeCharSequence("retry: " + event.retry().toMillis() + "\n", StandardCharsets.UTF_8);
    }
    T data = event.data();
    if (data instanceof String text) {
      for (String line : text.split("\r\n|\r|\n", -1)) {
        out.writeCharSequence("data: " + line + "\n", StandardCharsets.UTF_8);
      }
    } else if (data != null) {
      out.writeCharSequence("data: ", StandardCharsets.UTF_8);
      json(writer, data, out); // JSON has no raw line break: one line
      out.writeByte('\n');
    }
    out.writeByte('\n');
  }

  private static <T> void json(JsonOutput.Writer<? super T> writer, T value, ByteBuf out) throws IOException {
    try (var json = Json.generator(new ByteBufOutputStream(out))) {
      writer.write(json, value);
    }
  }

}
