package dev.hotpath.it.streams;

import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.NonBlocking;
import dev.hotpath.ServerSentEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Routes returning publishers and streams. */
@Controller("/streams")
public final class StreamsController {
  /** The publishers handed out, newest last, for tests to observe. */
  public final List<Generator<?>> generators = new CopyOnWriteArrayList<>();
  /** Streams closed so far. */
  public final AtomicInteger closedStreams = new AtomicInteger();
  /** The threads blocking and non-blocking streams were pulled on. */
  public final List<String> pulledOn = new CopyOnWriteArrayList<>();

  /** JSON lines from a blocking route's stream, pulled on the worker pool. */
  @Get("/lines")
  public Stream<Tick> lines(int count) {
    return LongStream.range(0, count).mapToObj(n -> {
      pulledOn.add(Thread.currentThread().getName());
      return new Tick(n, "t" + n);
    }).onClose(closedStreams::incrementAndGet);
  }

  /** A non-blocking route's stream, pulled on the event loop. */
  @NonBlocking
  @Get("/inline")
  public Stream<String> inline() {
    return Stream.of("a", "b", "c").peek(s -> pulledOn.add(Thread.currentThread().getName()))
        .map(s -> s + "\n").onClose(closedStreams::incrementAndGet);
  }

  @Get("/bytes")
  public Stream<byte[]> bytes() {
    return Stream.of(new byte[] {1, 2}, new byte[] {3});
  }

  /** Text from a publisher, {@code size} characters per element; {@code count} 0 means without end. */
  @NonBlocking
  @Get("/text")
  public Flow.Publisher<String> text(long count, int size) {
    Generator<String> generator = new Generator<>(count == 0 ? Long.MAX_VALUE : count,
        n -> String.valueOf(n % 10).repeat(Math.max(1, size - 1)) + "\n");
    generators.add(generator);
    return generator;
  }

  /** A future of a publisher: the route's own work is non-blocking too. */
  @Get("/later")
  public CompletionStage<Flow.Publisher<Tick>> later() {
    Generator<Tick> generator = new Generator<>(2, n -> new Tick(n, "later"));
    generators.add(generator);
    return CompletableFuture.completedFuture(generator);
  }

  /** A stream that fails after two elements, once its head is out. */
  @Get("/failing")
  public Stream<Tick> failing() {
    return LongStream.range(0, 5).mapToObj(n -> {
      if (n == 2) {
        throw new IllegalStateException("stream broke");
      }
      return new Tick(n, "ok");
    }).onClose(closedStreams::incrementAndGet);
  }

  /** Server-Sent Events: {@code count} ticks with ids and types, then the end; 0 means none, and no end. */
  @NonBlocking
  @Get("/events")
  public Flow.Publisher<ServerSentEvent<Tick>> events(long count) {
    Generator<ServerSentEvent<Tick>> generator = new Generator<>(count == 0 ? Long.MAX_VALUE : count, n -> {
      ServerSentEvent<Tick> event = ServerSentEvent.of(new Tick(n, "line\nbreak")).id(Long.toString(n)).event("tick");
      return n == 0 ? event.retry(Duration.ofSeconds(3)).withComment("first") : event;
    });
    if (count == 0) {
      generator = new Generator<>(0, n -> null) {
        @Override
        public void subscribe(Flow.Subscriber<? super ServerSentEvent<Tick>> subscriber) {
          subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {
              cancelled().countDown();
            }
          });
        }
      };
    }
    generators.add(generator);
    return generator;
  }

  /** Text events are written as they are, one data line per line. */
  @NonBlocking
  @Get("/messages")
  public Flow.Publisher<ServerSentEvent<String>> messages() {
    return new Generator<>(2, n -> ServerSentEvent.of("hello\nworld " + n));
  }

  /** A CSV download: the route's headers, a streamed body. */
  @Get("/export.csv")
  public dev.hotpath.Response<Stream<String>> export() {
    return dev.hotpath.Response.status(200).header("Content-Type", "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"ticks.csv\"")
        .body(Stream.of("n,label\n", "1,a\n", "2,b\n"));
  }
}
