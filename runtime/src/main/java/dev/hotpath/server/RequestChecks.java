package dev.hotpath.server;

import dev.hotpath.Response;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.AsciiString;
import java.util.Iterator;
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
  private final long maxUploadSize;

  /** @param maxUploadSize the limit of a {@code multipart/form-data} body, which is streamed, not aggregated */
  RequestChecks(int maxHeaderSize, long maxBodySize, long maxUploadSize) {
    this.maxHeaderSize = maxHeaderSize;
    this.maxBodySize = maxBodySize;
    this.maxUploadSize = maxUploadSize;
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
    HeaderFacts headers = HeaderFacts.of(request.headers());
    if (!version.equals(HttpVersion.HTTP_1_0) && headers.hosts != 1) {
      return new Refused(400, headers.hosts == 0 ? "Missing Host header" : "More than one Host header");
    }
    if (headers.transferEncodings > 1 || (headers.transferEncodings == 1 && !headers.chunked)) {
      return new Refused(400, "Unsupported Transfer-Encoding: only a single chunked is accepted");
    }
    if (headers.size > maxHeaderSize) {
      return new Refused(431, "Request Header Fields Too Large");
    }
    if (headers.expect != null && !AsciiString.contentEqualsIgnoreCase(strip(headers.expect), CONTINUE)) {
      return new Refused(417, "Expectation Failed");
    }
    // The content type is looked at only for a body over the smaller limit: most requests never need it.
    if (headers.contentLength > Math.min(maxBodySize, maxUploadSize)
        && headers.contentLength > (MultipartDecoding.isMultipart(request) ? maxUploadSize : maxBodySize)) {
      return new Refused(413, "Request Entity Too Large");
    }
    return null;
  }

  /**
   * What the checks need from the header block, read in one pass over Netty's own entries (no
   * list or string is made per request): how many Host and Transfer-Encoding fields, whether that
   * encoding is chunked, the block's size as sent (names, values, ": " and CRLF), the Expect value,
   * and the declared length (-1 when none; Netty's decoder has refused malformed and conflicting ones).
   */
  private static final class HeaderFacts {
    int hosts;
    int transferEncodings;
    boolean chunked;
    long size;
    CharSequence expect;
    long contentLength = -1;

    static HeaderFacts of(HttpHeaders headers) {
      HeaderFacts facts = new HeaderFacts();
      Iterator<Map.Entry<CharSequence, CharSequence>> entries = headers.iteratorCharSequence();
      while (entries.hasNext()) {
        Map.Entry<CharSequence, CharSequence> header = entries.next();
        CharSequence name = header.getKey();
        CharSequence value = header.getValue();
        facts.size += name.length() + value.length() + 4;
        if (AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.HOST)) {
          facts.hosts++;
        } else if (AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.TRANSFER_ENCODING)) {
          facts.transferEncodings++;
          facts.chunked = AsciiString.contentEqualsIgnoreCase(strip(value), HttpHeaderValues.CHUNKED);
        } else if (AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.EXPECT) && facts.expect == null) {
          facts.expect = value;
        } else if (AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.CONTENT_LENGTH)
            && facts.contentLength < 0) {
          facts.contentLength = length(value);
        }
      }
      return facts;
    }

    private static long length(CharSequence value) {
      try {
        return Long.parseLong(strip(value).toString());
      } catch (NumberFormatException e) {
        return Long.MAX_VALUE;
      }
    }
  }

  private static final AsciiString CONTINUE = AsciiString.cached("100-continue");

  /** The value without the spaces and tabs around it (RFC 9110's OWS). */
  private static CharSequence strip(CharSequence value) {
    int start = 0;
    int end = value.length();
    while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
      end--;
    }
    return start == 0 && end == value.length() ? value : value.subSequence(start, end);
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
