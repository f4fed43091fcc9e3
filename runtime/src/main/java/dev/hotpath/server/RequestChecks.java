package dev.hotpath.server;

import dev.hotpath.Response;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses what HTTP/1.1 forbids before the body is read: an HTTP/1.1 request without exactly one
 * {@code Host}, or a {@code Transfer-Encoding} other than a single {@code chunked} (the way requests
 * are smuggled past proxies). The request is marked failed, so the connection handler answers it in
 * its turn — {@link #response} says how — and closes the connection.
 *
 * <pre>
 * HttpServerCodec → RequestChecks → ... → HttpObjectAggregator → HotpathHandler
 * </pre>
 */
final class RequestChecks extends ChannelInboundHandlerAdapter {
  /** Why a request was refused: answered 400 with this detail. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String detail) {
      super(detail, null, false, false);
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) {
    if (message instanceof HttpRequest request && request.decoderResult().isSuccess()) {
      String problem = problem(request);
      if (problem != null) {
        request.setDecoderResult(DecoderResult.failure(new Refused(problem)));
      }
    }
    ctx.fireChannelRead(message);
  }

  private static String problem(HttpRequest request) {
    List<String> hosts = request.headers().getAll(HttpHeaderNames.HOST);
    if (request.protocolVersion().equals(HttpVersion.HTTP_1_1) && hosts.size() != 1) {
      return hosts.isEmpty() ? "Missing Host header" : "More than one Host header";
    }
    List<String> encodings = request.headers().getAll(HttpHeaderNames.TRANSFER_ENCODING);
    if (!encodings.isEmpty()
        && (encodings.size() > 1 || !encodings.get(0).strip().toLowerCase(Locale.ROOT).equals("chunked"))) {
      return "Unsupported Transfer-Encoding: only a single chunked is accepted";
    }
    return null;
  }

  /** The answer to a request whose decoding failed: 414, 431 or 400, with FastAPI's body. */
  static Response<?> response(Throwable cause) {
    if (cause instanceof Refused refused) {
      return ErrorResponses.badRequest(refused.getMessage());
    }
    if (cause instanceof TooLongHttpLineException) {
      return ErrorResponses.status(414, "URI Too Long");
    }
    if (cause instanceof TooLongHttpHeaderException) {
      return ErrorResponses.status(431, "Request Header Fields Too Large");
    }
    if (cause instanceof TooLongFrameException) {
      return ErrorResponses.status(413, "Request Entity Too Large");
    }
    return ErrorResponses.badRequest("Invalid HTTP request");
  }
}
