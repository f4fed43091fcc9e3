package dev.hotpath.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Response;
import dev.hotpath.Router;
import dev.hotpath.ServerBuilder;
import dev.hotpath.internal.Endpoint;
import dev.hotpath.internal.Invoker;
import dev.hotpath.internal.Mode;
import dev.hotpath.internal.Resource;
import dev.hotpath.internal.RouteInfo;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connection handler on an {@link EmbeddedChannel}: bytes in, bytes out, and no buffer left
 * unreleased at the end of any test.
 */
class HotpathHandlerTest {
  private final CompletableFuture<Response<?>> slow = new CompletableFuture<>();
  private EmbeddedChannel channel;

  /** A router written by hand for the handler's sake: users never write one. */
  private Router router() {
    Map<String, Resource> resources = Map.of(
        "/fast", resource("/fast", exchange -> Response.ok("fast")),
        "/slow", resource("/slow", exchange -> slow),
        "/weird", resource("/weird", exchange -> Response.ok(new Object())));
    return new Router() {
      @Override
      public Resource match(String path) {
        return resources.get(path);
      }

      @Override
      public List<RouteInfo> routes() {
        return List.of();
      }
    };
  }

  private static Resource resource(String path, Invoker invoker) {
    return new Resource(path, new Endpoint(new RouteInfo("GET", path, Mode.NON_BLOCKING, "Test#" + path), invoker));
  }

  private EmbeddedChannel open(ServerBuilder builder) {
    ServerConfig config = builder.config();
    channel = new EmbeddedChannel(new HotpathInitializer(config, new Dispatcher(config, Workers.create(config)), null));
    return channel;
  }

  private EmbeddedChannel open() {
    return open(Hotpath.server(router()));
  }

  @AfterEach
  void noLeaks() {
    assertThat(channel.finishAndReleaseAll()).as("messages left in the channel").isFalse();
  }

  private void write(String request) {
    channel.writeInbound(Unpooled.copiedBuffer(request, StandardCharsets.ISO_8859_1));
  }

  private String written() {
    StringBuilder out = new StringBuilder();
    ByteBuf buffer;
    while ((buffer = channel.readOutbound()) != null) {
      out.append(buffer.toString(StandardCharsets.ISO_8859_1));
      buffer.release();
    }
    return out.toString();
  }

  @Test
  void answersARequest() {
    open();
    write("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(written()).startsWith("HTTP/1.1 200 OK\r\n").contains("content-length: 4\r\n").endsWith("\r\n\r\nfast");
  }

  @Test
  void pipelinedResponsesWaitForEarlierOnes() {
    open();
    write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(written()).as("nothing may overtake the slow first response").isEmpty();
    slow.complete(Response.ok("slow"));
    String out = written();
    assertThat(out.indexOf("slow")).isLessThan(out.indexOf("fast"));
    assertThat(out.indexOf("fast")).isLessThan(out.indexOf("Not Found"));
  }

  @Test
  void responsesHeldForAClosedConnectionAreReleased() {
    open();
    write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\n");
    channel.close();
    slow.complete(Response.ok("too late"));
    assertThat(written()).isEmpty();
  }

  @Test
  void decoderFailureIs400AndClose() {
    open();
    write("GET /fast HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n");
    assertThat(written()).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("connection: close")
        .endsWith("{\"detail\":\"Invalid HTTP request\"}");
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void requestChecksRefuseInTurnAndClose() {
    open();
    write("GET /fast HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\n\r\n");
    String out = written();
    assertThat(out).startsWith("HTTP/1.1 200 OK\r\n").contains("HTTP/1.1 400 Bad Request\r\n")
        .endsWith("{\"detail\":\"Missing Host header\"}");
    channel.runPendingTasks();
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void bodyWithoutAnEncodingIs500() {
    open();
    write("GET /weird HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(written()).startsWith("HTTP/1.1 500 Internal Server Error\r\n")
        .endsWith("{\"detail\":\"Internal Server Error\"}");
  }

  @Test
  void filtersWrapEveryResponseIncludingErrors() {
    open(Hotpath.server(router()).filter((request, chain) ->
        chain.next(request).thenApply(response -> response.withHeader("X-Filtered", request.path()))));
    write("GET /nope HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(written()).startsWith("HTTP/1.1 404 Not Found\r\n").contains("X-Filtered: /nope\r\n");
  }

  @Test
  void filtersCanAnswerWithoutTheRoute() {
    open(Hotpath.server(router()).filter((request, chain) ->
        CompletableFuture.completedFuture(Response.status(401).body("no"))));
    write("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(written()).startsWith("HTTP/1.1 401 Unauthorized\r\n").endsWith("no");
  }

  @Test
  void aThrowingFilterIs500() {
    open(Hotpath.server(router()).filter((request, chain) -> {
      throw new IllegalStateException("filter bug");
    }));
    write("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(written()).startsWith("HTTP/1.1 500 ").doesNotContain("filter bug");
  }

  @Test
  void headerInjectionThroughTheApiIsRefused() {
    open(Hotpath.server(router()).filter((request, chain) ->
        chain.next(request).thenApply(response -> response.withHeader("X-Evil", "a\r\nSet-Cookie: x=1"))));
    write("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(written()).startsWith("HTTP/1.1 500 ").doesNotContain("Set-Cookie");
  }
}
