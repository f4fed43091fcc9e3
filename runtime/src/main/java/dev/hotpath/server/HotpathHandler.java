package dev.hotpath.server;

import dev.hotpath.Response;
import dev.hotpath.internal.StreamBody;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultFileRegion;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * One connection's requests: each gets a sequence number, goes to the {@link Dispatcher}, and its
 * response is written in request order, so a pipelined request whose future completes first
 * waits for the ones before it. Everything here runs on the connection's event loop.
 *
 * <pre>
 * HttpServerCodec → [HttpContentCompressor] → MultipartDecoding → HttpObjectAggregator → HotpathHandler
 * </pre>
 *
 * <p>A streamed body (a route's publisher or stream, a static file) is written by a
 * {@link StreamWriter} or as a file region; the responses behind it wait until it has ended.
 */
public final class HotpathHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final System.Logger LOG = System.getLogger("dev.hotpath.server");

  private static final Runnable NOTHING = Dispatched.NOTHING;

  private final Dispatcher dispatcher;
  private final RequestMetrics metrics;
  private final Counters counters;
  private final ChannelFutureListener countWritten;
  private final Executor completions;
  private final Map<Long, Outgoing> ready = new HashMap<>();
  private long nextSequence;
  private long nextToWrite;
  private boolean closed;

  /**
   * @param completions where completed responses are handed back to the connection; null means
   *     the channel's event loop (TestClient passes its own, to stay on its thread)
   */
  public HotpathHandler(Dispatcher dispatcher, Executor completions) {
    this.dispatcher = dispatcher;
    this.metrics = dispatcher.metrics();
    this.counters = dispatcher.counters();
    this.countWritten = done -> {
      if (done.isSuccess()) {
        counters.written.increment();
      }
    };
    this.completions = completions;
  }

  /** A response waiting its turn; {@code cleanup} runs once it is written, fails, or is dropped. */
  private record Outgoing(HttpResponse response, boolean close, List<Runnable> tasks, Runnable written,
      Runnable cleanup, StreamBody stream) {
    /** Frees what was never written: the response's buffer, or the stream's source. */
    void discard() {
      if (response instanceof FullHttpResponse full) {
        full.release();
      }
      if (stream != null) {
        Streams.discard(stream);
      }
    }
  }

  /** The streamed response being written, if any: later responses wait until it ends. */
  private StreamWriter streaming;

  /**
   * Anything else reaching here is the rest of a request already refused (its content after a
   * decoding failure): released, not passed on.
   */
  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
    if (message instanceof FullHttpRequest) {
      super.channelRead(ctx, message);
    } else {
      io.netty.util.ReferenceCountUtil.release(message);
    }
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    // An uploaded form's parts (and temporary files) live until its response is written, whatever it is.
    Runnable release = request instanceof FormRequest form ? form.form()::close : NOTHING;
    long sequence = nextSequence++;
    throttle(ctx);
    counters.decoded.increment();
    // Answered in our own version: HTTP/1.0 to a 1.0 client, else HTTP/1.1 (never an echo of a 2.1).
    HttpVersion version = request.protocolVersion() == HttpVersion.HTTP_1_0 ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1;
    boolean head = HttpMethod.HEAD.equals(request.method());
    String requestId = dispatcher.requestIds() ? RequestIds.of(request.headers().get("x-request-id")) : null;
    AccessLog.Entry access = !dispatcher.accessLog() ? null : AccessLog.Entry.of(ctx.channel().remoteAddress(),
        request, requestId);
    if (request.decoderResult().isFailure()) {
      counters.decoderFailures.increment();
      complete(ctx, sequence, RequestChecks.response(request.decoderResult().cause()), version, head, false,
          List.of(), NOTHING, release, requestId, access);
      return;
    }
    if (dispatcher.draining()) {
      // Stopping: a new request is refused, and the connection closes after it.
      complete(ctx, sequence, ErrorResponses.status(503, "Service Unavailable: the server is stopping"), version,
          head, false, List.of(), NOTHING, release, requestId, access);
      return;
    }
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    if (RequestChecks.isServerWideOptions(request)) {
      complete(ctx, sequence, Response.status(204).header("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS")
          .build(), version, head, keepAlive, List.of(), NOTHING, release, requestId, access);
      return;
    }
    NettyRequest incoming = NettyRequest.of(request, ctx.channel().remoteAddress());
    if (incoming == null) {
      counters.decoderFailures.increment();
      complete(ctx, sequence, ErrorResponses.badRequest("Invalid request target"), version, head, false, List.of(),
          NOTHING, release, requestId, access);
      return;
    }
    Dispatched dispatched = new Dispatched();
    long start = System.nanoTime();
    metrics.started();
    CompletionStage<Response<?>> answer = dispatcher.dispatch(incoming, dispatched);
    Response<?> now = Dispatcher.completedNow(answer);
    if (now != null) {
      // Answered inline, on this event loop: write now, without chaining a stage.
      respond(ctx, sequence, now, null, version, head, keepAlive, dispatched, incoming, start, requestId, access,
          release);
      return;
    }
    answer.whenComplete((response, failure) -> onConnectionThread(ctx,
        () -> respond(ctx, sequence, response, failure, version, head, keepAlive, dispatched, incoming, start,
            requestId, access, release)));
  }

  private void respond(ChannelHandlerContext ctx, long sequence, Response<?> response, Throwable failure,
      HttpVersion version, boolean head, boolean keepAlive, Dispatched dispatched, NettyRequest incoming, long start,
      String requestId, AccessLog.Entry access, Runnable release) {
    Response<?> answer = failure != null ? ErrorResponses.of(failure, null)
        : response != null ? response : ErrorResponses.of(new NullPointerException("No response"), null);
    Runnable measured = metrics == RequestMetrics.NONE ? NOTHING
        : () -> metrics.finished(incoming.method(), dispatched.route(), answer.status(), System.nanoTime() - start);
    Runnable after = dispatched.afterResponse();
    Runnable cleanup = release == NOTHING ? after : after == NOTHING ? release : () -> {
      try {
        after.run();
      } finally {
        release.run();
      }
    };
    complete(ctx, sequence, answer, version, head, keepAlive, dispatched.tasks(), measured, cleanup, requestId, access);
  }

  private void onConnectionThread(ChannelHandlerContext ctx, Runnable task) {
    if (completions != null) {
      completions.execute(task);
    } else if (ctx.executor().inEventLoop()) {
      task.run();
    } else {
      ctx.executor().execute(task);
    }
  }

  private void complete(ChannelHandlerContext ctx, long sequence, Response<?> response, HttpVersion version,
      boolean head, boolean keepAlive, List<Runnable> tasks, Runnable written, Runnable cleanup, String requestId,
      AccessLog.Entry access) {
    if (closed) {
      cleanup.run(); // the client went away: nothing to write, but what the route opened is closed
      return;
    }
    HttpResponse encoded;
    StreamBody stream = response.body() instanceof StreamBody body ? body : null;
    try {
      encoded = stream != null ? ResponseEncoder.encodeStreamHead(response, stream, version, head, keepAlive)
          : ResponseEncoder.encode(response, ctx.alloc(), version, head, keepAlive);
    } catch (RuntimeException e) {
      // The failure may quote a hostile header value: control characters are escaped, never logged raw.
      LOG.log(Level.ERROR, "Could not write a " + response.status() + " response: " + Printable.of(e.getMessage()));
      encoded = ResponseEncoder.encode(ErrorResponses.internalError(), ctx.alloc(), version, head, keepAlive);
      if (stream != null) {
        Streams.discard(stream);
        stream = null;
      }
    }
    if (stream != null && head) {
      Streams.discard(stream); // HEAD: the headers a GET would get, and no body
      stream = null;
    }
    if (requestId != null) {
      encoded.headers().set("X-Request-Id", requestId);
    }
    // An HTTP/1.0 client reads a stream to the connection's end: it is closed after it.
    boolean close = !keepAlive || (dispatcher.draining() && sequence == nextSequence - 1)
        || (stream != null && stream.file() == null && version == HttpVersion.HTTP_1_0);
    if (close) {
      HttpUtil.setKeepAlive(encoded, false);
    }
    long length = encoded instanceof FullHttpResponse full ? full.content().readableBytes() : -1;
    Runnable done = access == null ? written : AccessLog.after(written, access, encoded.status().code(), length);
    writeInOrder(ctx, sequence, new Outgoing(encoded, close, tasks, done, cleanup, stream));
  }

  /**
   * Writes the response if its turn has come, then any later ones already made, and flushes;
   * otherwise it waits for the earlier ones. In turn is the common case (every connection that
   * does not pipeline): it never touches the map.
   */
  private void writeInOrder(ChannelHandlerContext ctx, long sequence, Outgoing outgoing) {
    if (sequence != nextToWrite || streaming != null) {
      ready.put(sequence, outgoing);
      return;
    }
    Outgoing next = outgoing;
    do {
      nextToWrite++;
      if (next.stream() != null) {
        startStream(ctx, next);
        return;
      }
      if (next.close()) {
        closed = true;
        afterWrite(ctx.writeAndFlush(next.response()), next).addListener(ChannelFutureListener.CLOSE);
        releaseReady();
        return;
      }
      afterWrite(ctx.write(next.response()), next);
    } while (!closed && !ready.isEmpty() && (next = ready.remove(nextToWrite)) != null);
    ctx.flush();
    throttle(ctx);
  }

  /**
   * Writes a streamed response's head, then its elements as they come; once it has ended the
   * responses waiting behind it are written (or the connection closes, if this one closes it).
   */
  private void startStream(ChannelHandlerContext ctx, Outgoing outgoing) {
    ctx.write(outgoing.response()).addListener(countWritten);
    counters.streamed.increment();
    StreamBody body = outgoing.stream();
    if (body.file() != null && zeroCopy(ctx)) {
      counters.zeroCopy.increment();
      // The kernel copies the file to the socket; the chunks meant for the other transports are not read.
      Streams.discard(body);
      StreamBody.FilePart part = body.file();
      ctx.write(new DefaultFileRegion(part.path().toFile(), part.offset(), part.length()));
      streamEnded(ctx, outgoing, ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT));
      return;
    }
    long keepAlive = body.encoding().events() ? dispatcher.eventKeepAlive().toNanos() : 0;
    StreamWriter writer = new StreamWriter(ctx, body.encoding().encoder(), keepAlive,
        last -> streamEnded(ctx, outgoing, last));
    streaming = writer;
    ctx.flush();
    writer.start(body.publisher(body.pulledOnWorkers() ? dispatcher.streamExecutor() : ctx.executor()));
  }

  /**
   * A file region goes to the socket as it is: not through a compressor (which would label it
   * gzip and send it plain) and not into an in-memory channel.
   */
  private static boolean zeroCopy(ChannelHandlerContext ctx) {
    return ctx.pipeline().get("compress") == null && ctx.channel() instanceof io.netty.channel.socket.SocketChannel;
  }

  /**
   * A streamed response has ended: with the future of its last write, or null when it failed or
   * was cancelled (the connection is then closed). The responses waiting behind it go next.
   */
  private void streamEnded(ChannelHandlerContext ctx, Outgoing outgoing, ChannelFuture last) {
    streaming = null;
    if (last == null) {
      closed = true;
      ctx.close();
      runAfter(outgoing);
      releaseReady();
      return;
    }
    last.addListener(done -> runAfter(outgoing));
    if (outgoing.close() || (dispatcher.draining() && nextToWrite == nextSequence)) {
      closed = true;
      last.addListener(ChannelFutureListener.CLOSE);
      releaseReady();
      return;
    }
    Outgoing next = ready.remove(nextToWrite);
    if (next != null) {
      writeInOrder(ctx, nextToWrite, next);
    } else {
      throttle(ctx);
    }
  }

  /** What runs once a response has been written (or failed to be): measured, its tasks, its cleanup. */
  private void runAfter(Outgoing outgoing) {
    outgoing.written().run();
    if (!outgoing.tasks().isEmpty()) {
      dispatcher.runAfterResponse(outgoing.tasks());
    }
    outgoing.cleanup().run();
  }

  /**
   * Backpressure: a connection stops being read while it has {@link #MAX_PIPELINED} requests
   * unanswered, or while its outbound buffer is above Netty's high-water mark (a client that sends
   * and never reads); reading resumes when both clear. Memory per connection stays bounded.
   */
  private void throttle(ChannelHandlerContext ctx) {
    boolean read = nextSequence - nextToWrite < MAX_PIPELINED && ctx.channel().isWritable();
    if (ctx.channel().config().isAutoRead() != read) {
      ctx.channel().config().setAutoRead(read);
    }
  }

  /** Requests a connection may have in flight before it is no longer read. */
  static final int MAX_PIPELINED = 16;

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
    throttle(ctx);
    if (streaming != null) {
      streaming.demand();
    }
    super.channelWritabilityChanged(ctx);
  }

  /**
   * Once the response is written (or failed to be: the client went away) the request is measured
   * and its background tasks run.
   */
  private ChannelFuture afterWrite(ChannelFuture write, Outgoing outgoing) {
    write.addListener(countWritten);
    if (outgoing.written() != NOTHING || !outgoing.tasks().isEmpty() || outgoing.cleanup() != NOTHING) {
      write.addListener(done -> runAfter(outgoing));
    }
    return write;
  }

  /**
   * The server is stopping: a connection with nothing in flight closes now (an event stream, which
   * has no end, too); others after their last response, a download in progress once it is complete.
   */
  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event == DRAIN) {
      if (nextToWrite == nextSequence && !closed && (streaming == null || streaming.endless())) {
        closed = true;
        ctx.close();
      }
      return;
    }
    super.userEventTriggered(ctx, event);
  }

  /** The event {@code NettyServer.stop} sends every connection. */
  static final Object DRAIN = new Object();

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    closed = true;
    if (streaming != null) {
      streaming.cancel(); // the client went away: the publisher stops
    }
    releaseReady();
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.log(Level.DEBUG, "Connection error; closing", cause);
    ctx.close();
  }

  private void releaseReady() {
    for (Outgoing outgoing : ready.values()) {
      outgoing.discard();
      outgoing.cleanup().run();
    }
    ready.clear();
  }
}
