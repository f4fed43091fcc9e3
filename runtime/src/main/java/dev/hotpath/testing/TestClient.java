package dev.hotpath.testing;

import dev.hotpath.Hotpath;
import dev.hotpath.Router;
import dev.hotpath.ServerBuilder;
import dev.hotpath.server.Dispatcher;
import dev.hotpath.server.HotpathInitializer;
import dev.hotpath.server.ServerConfig;
import dev.hotpath.server.Workers;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An in-memory client over Netty's {@link EmbeddedChannel}: requests go through the server's real
 * pipeline (HTTP codec, aggregator, dispatcher, worker pool) without a socket.
 *
 * <pre>{@code
 * try (TestClient client = TestClient.of(new StoreApiRouter(new ItemController(repo)))) {
 *   TestResponse response = client.get("/items/1").header("X-Currency", "EUR").send();
 *   assertThat(response.status()).isEqualTo(200);
 * }
 * }</pre>
 *
 * <p>{@code send()} returns once the response is written and the work it left behind (background
 * tasks, the closes of {@code Scoped} values) has run, as FastAPI's TestClient does, so the next
 * request sees what the last one committed. Streamed responses are read whole.
 *
 * <p>One client is used from one thread. {@link #close()} fails if a buffer was leaked.
 */
public final class TestClient implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final LinkedBlockingQueue<Runnable> completions = new LinkedBlockingQueue<>();
  private final ServerConfig config;
  private final Workers workers;
  private final Dispatcher dispatcher;
  private EmbeddedChannel server;
  private EmbeddedChannel client;

  private TestClient(ServerConfig config) {
    this.config = config;
    this.workers = Workers.create(config);
    this.dispatcher = new Dispatcher(config, workers);
    connect();
  }

  private void connect() {
    this.server = new EmbeddedChannel(new HotpathInitializer(config, dispatcher, completions::add));
    this.client = new EmbeddedChannel(new HttpClientCodec(), new HttpObjectAggregator(Integer.MAX_VALUE));
  }

  /**
   * A new connection when the server closed the last one (after a refused request or
   * {@code Connection: close}), as an HTTP client opens one; the old one must have leaked nothing.
   */
  private void reconnectIfClosed() {
    if (server.isOpen()) {
      return;
    }
    releaseChecked();
    connect();
  }

  private void releaseChecked() {
    boolean serverLeft = server.finishAndReleaseAll();
    boolean clientLeft = client.finishAndReleaseAll();
    if (serverLeft || clientLeft) {
      throw new IllegalStateException("Unread or unreleased messages were left in the channel");
    }
  }

  /** A client for these routers with the server's default settings. */
  public static TestClient of(Router... routers) {
    return of(Hotpath.server(routers));
  }

  /** A client for a configured server (filters, limits, worker pool), without binding a port. */
  public static TestClient of(ServerBuilder builder) {
    return new TestClient(builder.config());
  }

  public RequestBuilder get(String uri) {
    return request("GET", uri);
  }

  public RequestBuilder head(String uri) {
    return request("HEAD", uri);
  }

  public RequestBuilder options(String uri) {
    return request("OPTIONS", uri);
  }

  public RequestBuilder post(String uri) {
    return request("POST", uri);
  }

  public RequestBuilder put(String uri) {
    return request("PUT", uri);
  }

  public RequestBuilder patch(String uri) {
    return request("PATCH", uri);
  }

  public RequestBuilder delete(String uri) {
    return request("DELETE", uri);
  }

  public RequestBuilder request(String method, String uri) {
    return new RequestBuilder(method, uri);
  }

  private TestResponse exchange(FullHttpRequest request) {
    reconnectIfClosed();
    client.writeOutbound(request);
    pump(client, server);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      server.runPendingTasks();
      Runnable completion;
      while ((completion = completions.poll()) != null) {
        completion.run();
      }
      pump(server, client);
      FullHttpResponse response = client.readInbound();
      if (response != null) {
        TestResponse copied;
        try {
          copied = copy(response);
        } finally {
          response.release();
        }
        // As FastAPI's TestClient: the request's background tasks and Scoped closes have run when send() returns.
        workers.awaitAfterResponse(TIMEOUT.toMillis());
        return copied;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("No response within " + TIMEOUT + " for " + request.method() + " " + request.uri());
      }
      try {
        completion = completions.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(10)), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for a response", e);
      }
      if (completion != null) {
        completion.run();
      }
    }
  }

  /** Moves the bytes one channel wrote into the other. */
  private static void pump(EmbeddedChannel from, EmbeddedChannel to) {
    Object message;
    while ((message = from.readOutbound()) != null) {
      if (to.isOpen()) {
        to.writeInbound(message);
      } else {
        io.netty.util.ReferenceCountUtil.release(message); // the peer closed: the rest is never received
      }
    }
  }

  private static TestResponse copy(FullHttpResponse response) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    response.headers().forEach(headers::add);
    return new TestResponse(response.status().code(), headers, ByteBufUtil.getBytes(response.content()));
  }

  /**
   * Whether the server closed the connection (after {@code Connection: close}, say). The next
   * request opens a new one.
   */
  public boolean connectionOpen() {
    return server.isOpen();
  }

  /** Closes the in-memory connection and the worker pool; fails if a buffer was left unreleased. */
  @Override
  public void close() {
    workers.close();
    dispatcher.close();
    releaseChecked();
  }

  /** One request being built; {@link #send()} runs it and waits for the response. */
  public final class RequestBuilder {
    private final FullHttpRequest request;
    private final FormBody form = new FormBody();

    private RequestBuilder(String method, String uri) {
      request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.valueOf(method), uri, Unpooled.buffer(0));
      request.headers().set(HttpHeaderNames.HOST, "testclient");
    }

    public RequestBuilder header(String name, String value) {
      request.headers().add(name, value);
      return this;
    }

    /** A body with its content type. */
    public RequestBuilder body(String contentType, byte[] body) {
      request.content().clear().writeBytes(body);
      request.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
      return this;
    }

    public RequestBuilder body(String contentType, String body) {
      return body(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds a text field to the request's form body: url-encoded, unless a {@link #file} or
     * {@link #multipart()} makes it {@code multipart/form-data}. Repeat a name for several values.
     */
    public RequestBuilder form(String name, String value) {
      form.text(name, value);
      return this;
    }

    /** Adds a file part; the form body is then {@code multipart/form-data}. */
    public RequestBuilder file(String name, String filename, String contentType, byte[] content) {
      form.file(name, filename, contentType, content);
      return this;
    }

    /** Sends the form as {@code multipart/form-data} even without a file. */
    public RequestBuilder multipart() {
      form.multipart();
      return this;
    }

    public TestResponse send() {
      if (!form.isEmpty()) {
        body(form.contentType(), form.bytes());
      }
      request.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, request.content().readableBytes());
      return exchange(request);
    }
  }
}
