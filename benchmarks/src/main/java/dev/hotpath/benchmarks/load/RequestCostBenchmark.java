package dev.hotpath.benchmarks.load;

import dev.hotpath.Hotpath;
import dev.hotpath.server.Dispatcher;
import dev.hotpath.server.HotpathHandler;
import dev.hotpath.server.HotpathInitializer;
import dev.hotpath.server.ServerConfig;
import dev.hotpath.server.Workers;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole request's cost without a socket: its bytes written into an {@code EmbeddedChannel} holding
 * the server's real pipeline, the response's bytes read out and released. Hotpath's pipeline (codec,
 * deadlines, request checks, aggregator, handler, router, generated codecs) against the hand-written
 * baseline's, on the event-loop endpoints of the load benchmark. {@code hotpathHandlerOnly} is where
 * the difference goes: Hotpath's handler, router and codecs behind the baseline's pipeline (Netty's
 * codec and aggregator only), without the connection's guards (flush consolidation, deadlines,
 * request checks).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RequestCostBenchmark {
  @Param({"plaintext", "json", "echo", "post"})
  public String endpoint;

  private EmbeddedChannel hotpath;
  private EmbeddedChannel netty;
  private EmbeddedChannel handlerOnly;
  private ByteBuf request;

  @Setup
  public void setUp() {
    ServerConfig config = Hotpath.server(new LoadApiRouter(new LoadApi.EventLoopRoutes(), new LoadApi.BlockingRoutes()))
        .config();
    Dispatcher dispatcher = new Dispatcher(config, Workers.create(config));
    hotpath = new EmbeddedChannel(new HotpathInitializer(config, dispatcher, null));
    handlerOnly = new EmbeddedChannel();
    NettyBaseline.codec(handlerOnly);
    handlerOnly.pipeline().addLast(new HotpathHandler(dispatcher, null));
    netty = new EmbeddedChannel();
    NettyBaseline.pipeline(netty, new BaselineHandler(Executors.newSingleThreadExecutor()));
    String text = switch (endpoint) {
      case "plaintext" -> get("/plaintext");
      case "json" -> get("/json");
      case "echo" -> get("/echo/ada?n=3");
      case "post" -> "POST /items HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: "
          + Payload.ITEM.length() + "\r\n\r\n" + Payload.ITEM;
      default -> throw new IllegalArgumentException(endpoint);
    };
    request = Unpooled.unreleasableBuffer(Unpooled.directBuffer().writeBytes(text.getBytes(StandardCharsets.UTF_8)));
    if (roundTrip(hotpath) < 100 || roundTrip(netty) < 90 || roundTrip(handlerOnly) < 100) { // a status line, headers and a body came back
      throw new IllegalStateException("no response for " + endpoint);
    }
  }

  private static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: bench\r\n\r\n";
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    hotpath.finishAndReleaseAll();
    netty.finishAndReleaseAll();
    handlerOnly.finishAndReleaseAll();
  }

  /** Bytes of the response. */
  private int roundTrip(EmbeddedChannel channel) {
    channel.writeInbound(request.duplicate());
    int bytes = 0;
    Object out;
    while ((out = channel.readOutbound()) != null) {
      if (out instanceof ByteBuf buffer) {
        bytes += buffer.readableBytes();
        buffer.release();
      } else {
        io.netty.util.ReferenceCountUtil.release(out);
      }
    }
    return bytes;
  }

  @Benchmark
  public int hotpath() {
    return roundTrip(hotpath);
  }

  @Benchmark
  public int hotpathHandlerOnly() {
    return roundTrip(handlerOnly);
  }

  @Benchmark
  public int netty() {
    return roundTrip(netty);
  }

  /** The POST body every server gets. */
  static final class Payload {
    static final String ITEM = "{\"name\":\"Espresso cup\",\"price\":7.5,\"tags\":[\"cups\",\"white\"]}";
  }
}
