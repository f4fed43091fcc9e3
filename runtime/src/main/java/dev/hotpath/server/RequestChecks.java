package dev.hotpath.server;

import dev.hotpath.Response;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses what HTTP/1.1 forbids, before the body is read and before the aggregator answers by
 * itself: a version other than HTTP/1.x (505) or not spelt as RFC 9112 says (400); a request
 * target that is neither origin-form nor absolute-form, or has characters RFC 3986 does not allow
 * (400); an HTTP/1.1 request without exactly one {@code Host}; a {@code Transfer-Encoding} other than a
 * single {@code chunked} (the way requests are smuggled past proxies); a header block over the limit
 * (431); an expectation other than {@code 100-continue} (417); a body whose declared length is over
 * the limit (413, with or without {@code Expect}, and nothing of it read). The request is marked
 * failed, so the connection handler answers it in its turn — {@link #response} says how — and
 * closes the connection.
 *
 * <pre>
 * HttpServerCodec → RequestChecks → ... → HttpObjectAggregator → HotpathHandler
 * </pre>
 */
final class RequestChecks extends ChannelInboundHandlerAdapter {
  /** Why a request was refused: answered with this status and detail. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refused(int status, String detail) {
      super(detail, null, false, false);
      this.status = status;
    }
  }

  private final int maxHeaderSize;
  private final long maxBodySize;

  RequestChecks(int maxHeaderSize, long maxBodySize) {
    this.maxHeaderSize = maxHeaderSize;
    this.maxBodySize = maxBodySize;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) {
    if (message instanceof HttpRequest request && request.decoderResult().isSuccess()) {
      Refused refused = problem(request);
      if (refused != null) {
        // Neither the aggregator's own 100/413/417 nor the body: the refusal answers, then the close.
        request.headers().remove(HttpHeaderNames.EXPECT).remove(HttpHeaderNames.CONTENT_LENGTH);
        request.setDecoderResult(DecoderResult.failure(refused));
      }
    }
    ctx.fireChannelRead(message);
  }

  private Refused problem(HttpRequest request) {
    HttpVersion version = request.protocolVersion();
    if (version != HttpVersion.HTTP_1_1 && version != HttpVersion.HTTP_1_0) {
      boolean canonical = version.text().equals("HTTP/" + version.majorVersion() + "." + version.minorVersion());
      if (version.majorVersion() != 1) {
        return new Refused(505, "HTTP Version Not Supported");
      }
      // HTTP/1.0 and HTTP/1.1 spelt exactly are Netty's constants: another instance was spelt otherwise.
      if (version.minorVersion() <= 1 || !canonical) {
        return new Refused(400, "Malformed HTTP version");
      }
    }
    String target = Targets.problem(request.method(), request.uri());
    if (target != null) {
      return new Refused(400, target);
    }
    HttpHeaders headers = request.headers();
    List<String> hosts = headers.getAll(HttpHeaderNames.HOST);
    if (!version.equals(HttpVersion.HTTP_1_0) && hosts.size() != 1) {
      return new Refused(400, hosts.isEmpty() ? "Missing Host header" : "More than one Host header");
    }
    List<String> encodings = headers.getAll(HttpHeaderNames.TRANSFER_ENCODING);
    if (!encodings.isEmpty()
        && (encodings.size() > 1 || !encodings.get(0).strip().toLowerCase(Locale.ROOT).equals("chunked"))) {
      return new Refused(400, "Unsupported Transfer-Encoding: only a single chunked is accepted");
    }
    if (headerSize(headers) > maxHeaderSize) {
      return new Refused(431, "Request Header Fields Too Large");
    }
    String expect = headers.get(HttpHeaderNames.EXPECT);
    if (expect != null && !expect.strip().equalsIgnoreCase("100-continue")) {
      return new Refused(417, "Expectation Failed");
    }
    if (contentLength(headers) > maxBodySize) {
      return new Refused(413, "Request Entity Too Large");
    }
    return null;
  }

  /** The header block's size as sent, give or take the separators: names, values, ": " and CRLF. */
  private static long headerSize(HttpHeaders headers) {
    long size = 0;
    for (Map.Entry<String, String> header : headers) {
      size += header.getKey().length() + header.getValue().length() + 4;
    }
    return size;
  }

  /** The declared length, or -1; Netty's decoder has refused malformed and conflicting ones. */
  private static long contentLength(HttpHeaders headers) {
    String value = headers.get(HttpHeaderNames.CONTENT_LENGTH);
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /** The answer to a request whose decoding failed: its status, with FastAPI's body. */
  static Response<?> response(Throwable cause) {
    if (cause instanceof Refused refused) {
      return ErrorResponses.status(refused.status, refused.getMessage());
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

  /** {@code OPTIONS *}, the server-wide OPTIONS of RFC 9110 9.3.7. */
  static boolean isServerWideOptions(HttpRequest request) {
    return HttpMethod.OPTIONS.equals(request.method()) && "*".equals(request.uri());
  }
}
