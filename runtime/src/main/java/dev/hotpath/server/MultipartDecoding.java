package dev.hotpath.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a {@code multipart/form-data} body while it arrives, piece by piece, on Netty's decoder,
 * instead of aggregating it: large files go to temporary files, so memory per upload stays at
 * about the memory threshold whatever the upload's size. When the body is complete the request
 * goes on as a {@link FormRequest}; anything else passes through untouched.
 *
 * <p>Netty's decoder with its denial-of-service fixes in force: a cap on the parts (its
 * {@code maxFields}), on the bytes it buffers looking for a delimiter (its {@code maxBufferedBytes},
 * so a part header or an undelimited field cannot grow without end), read bytes discarded every
 * {@link #DISCARD_THRESHOLD} instead of its 10 MiB default, text fields capped in memory and the whole
 * body capped as it arrives. A refused body answers once (413, or 400 when malformed), its rest is
 * discarded unread, and the connection closes.
 *
 * <pre>
 * ... → RequestChecks → [decompress] → MultipartDecoding → HttpObjectAggregator → HotpathHandler
 * </pre>
 */
final class MultipartDecoding extends ChannelInboundHandlerAdapter {
  /** Decoded bytes are dropped from the decoder's buffer once this many have piled up. */
  static final int DISCARD_THRESHOLD = 64 * 1024;
  /** The longest part header block (or undelimited run) the decoder may hold. */
  static final int MAX_BUFFERED_BYTES = 16 * 1024;

  private final UploadLimits limits;
  private HttpRequest head;
  private HttpPostMultipartRequestDecoder decoder;
  private UploadDataFactory factory;
  private long received;
  private boolean discarding;

  MultipartDecoding(UploadLimits limits) {
    this.limits = limits;
  }

  /** Whether the body is {@code multipart/form-data}; asked of every request, so it allocates nothing. */
  static boolean isMultipart(HttpRequest request) {
    String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
    if (type == null) {
      return false;
    }
    int start = 0;
    while (start < type.length() && (type.charAt(start) == ' ' || type.charAt(start) == '\t')) {
      start++;
    }
    int end = start + MULTIPART.length();
    return type.regionMatches(true, start, MULTIPART, 0, MULTIPART.length())
        && (end == type.length() || type.charAt(end) == ';' || type.charAt(end) == ' ' || type.charAt(end) == '\t');
  }

  private static final String MULTIPART = "multipart/form-data";

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) {
    if (message instanceof HttpRequest request) {
      if (!request.decoderResult().isSuccess() || !isMultipart(request)) {
        ctx.fireChannelRead(message);
        return;
      }
      start(ctx, request);
      if (!(message instanceof HttpContent)) {
        return;
      }
    }
    if (message instanceof HttpContent content && (decoder != null || discarding)) {
      receive(ctx, content);
      return;
    }
    ctx.fireChannelRead(message);
  }

  private void start(ChannelHandlerContext ctx, HttpRequest request) {
    head = request;
    received = 0;
    try {
      factory = new UploadDataFactory(limits);
      decoder = new HttpPostMultipartRequestDecoder(factory, request, StandardCharsets.UTF_8,
          limits.maxParts(), MAX_BUFFERED_BYTES);
      decoder.setDiscardThreshold(DISCARD_THRESHOLD);
    } catch (RuntimeException e) { // Netty's decoder refuses a bad boundary with assorted exceptions
      refuse(ctx, 400, "Invalid multipart body: " + reason(e), true);
      return;
    }
    if (HttpUtil.is100ContinueExpected(request)) {
      // The aggregator would have said it; the body is not aggregated, so it is said here.
      request.headers().remove(HttpHeaderNames.EXPECT);
      ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE,
          Unpooled.EMPTY_BUFFER));
    }
  }

  private void receive(ChannelHandlerContext ctx, HttpContent content) {
    boolean last = content instanceof LastHttpContent;
    try {
      if (discarding) {
        discarding = !last;
        return;
      }
      received += content.content().readableBytes();
      if (received > limits.maxSize()) {
        refuse(ctx, 413, "Request Entity Too Large", !last);
        return;
      }
      decoder.offer(content);
    } catch (HttpPostRequestDecoder.TooManyFormFieldsException e) {
      refuse(ctx, 413, "Too many form parts: at most " + limits.maxParts(), !last);
      return;
    } catch (HttpPostRequestDecoder.TooLongFormFieldException e) {
      refuse(ctx, 400, "Invalid multipart body: a part header is too long", !last);
      return;
    } catch (RuntimeException e) {
      if (e.getCause() instanceof IOException) { // a field's size check failed: only fields are capped below the body
        refuse(ctx, 413, "Form field too large: at most " + limits.maxFieldSize() + " bytes", !last);
      } else {
        refuse(ctx, 400, "Invalid multipart body: " + reason(e), !last);
      }
      return;
    } finally {
      content.release();
    }
    if (last) {
      if (decoder.currentPartialHttpData() != null) { // the body ended inside a part: it was cut short
        refuse(ctx, 400, "Invalid multipart body: it ends inside a part", false);
        return;
      }
      MultipartForm form;
      try {
        form = new MultipartForm(decoder, factory);
      } catch (RuntimeException e) { // the body ended inside a part
        refuse(ctx, 400, "Invalid multipart body: " + reason(e), false);
        return;
      }
      HttpRequest request = head;
      decoder = null;
      factory = null;
      head = null;
      ctx.fireChannelRead(new FormRequest(request, form));
    }
  }

  /**
   * Answers the request with {@code status} (its connection handler writes it in its turn and
   * closes), frees what was decoded so far, and drops the rest of the body as it comes.
   *
   * @param rest whether more of the body is still to come (then it is discarded)
   */
  private void refuse(ChannelHandlerContext ctx, int status, String detail, boolean rest) {
    HttpRequest request = head;
    destroy();
    discarding = rest;
    DefaultFullHttpRequest refused = new DefaultFullHttpRequest(request.protocolVersion(), request.method(),
        request.uri(), Unpooled.EMPTY_BUFFER, request.headers(),
        io.netty.handler.codec.http.DefaultHttpHeadersFactory.trailersFactory().newHeaders());
    refused.headers().remove(HttpHeaderNames.CONTENT_LENGTH);
    refused.setDecoderResult(DecoderResult.failure(new RequestChecks.Refused(status, detail)));
    ctx.fireChannelRead(refused);
  }

  private static String reason(Throwable e) {
    String message = e.getMessage() == null && e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    return message == null ? "malformed" : Printable.of(message);
  }

  private void destroy() {
    if (decoder != null) {
      decoder.destroy();
      decoder = null;
    }
    if (factory != null) {
      factory.releaseAttributes();
      factory = null;
    }
    head = null;
  }

  /** A connection closed in the middle of an upload leaves no temporary file behind. */
  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    destroy();
    super.channelInactive(ctx);
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    destroy();
  }
}
