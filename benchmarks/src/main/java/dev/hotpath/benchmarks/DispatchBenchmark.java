package dev.hotpath.benchmarks;

import dev.hotpath.Hotpath;
import dev.hotpath.Request;
import dev.hotpath.Response;
import dev.hotpath.ServerBuilder;
import dev.hotpath.internal.Exchange;
import dev.hotpath.server.Dispatched;
import dev.hotpath.server.Dispatcher;
import dev.hotpath.server.ServerConfig;
import dev.hotpath.server.Workers;
import java.net.SocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the filter feature costs a request: dispatching a plaintext route with no filter, against
 * the reference (the route's lookup and call, which dispatch must do anyway) and against one
 * pass-through filter. In process: no sockets, no HTTP codec, so the difference is not drowned.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class DispatchBenchmark {
  private final CodecApiRouter router = new CodecApiRouter(new CodecApi.Orders(), new CodecApi.Hello());
  private final Dispatcher noFilters = dispatcher(Hotpath.server(router));
  private final Dispatcher oneFilter = dispatcher(Hotpath.server(router).filter((request, chain) -> chain.next(request)));
  private final Request request = new PlainRequest("GET", "/hello");

  private static Dispatcher dispatcher(ServerBuilder builder) {
    ServerConfig config = builder.config();
    return new Dispatcher(config, Workers.create(config));
  }

  @Benchmark
  public Object reference() throws Exception {
    return router.match(request.path()).endpoint(request.method()).invoke(new Exchange(request));
  }

  @Benchmark
  public Response<?> noFilters() {
    return noFilters.dispatch(request, new Dispatched()).toCompletableFuture().join();
  }

  @Benchmark
  public Response<?> oneFilter() {
    return oneFilter.dispatch(request, new Dispatched()).toCompletableFuture().join();
  }

  /** A request as a filter or route sees it, without Netty. */
  private record PlainRequest(String method, String path) implements Request {
    @Override
    public String uri() {
      return path;
    }

    @Override
    public String rawQuery() {
      return "";
    }

    @Override
    public String header(String name) {
      return null;
    }

    @Override
    public List<String> headers(String name) {
      return List.of();
    }

    @Override
    public Set<String> headerNames() {
      return Set.of();
    }

    @Override
    public byte[] body() {
      return new byte[0];
    }

    @Override
    public SocketAddress remoteAddress() {
      return null;
    }
  }
}
