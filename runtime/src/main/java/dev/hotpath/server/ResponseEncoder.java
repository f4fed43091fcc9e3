package dev.hotpath.server;

import dev.hotpath.Response;
import dev.hotpath.internal.StreamBody;
import dev.hotpath.json.Json;
import dev.hotpath.json.JsonWritable;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValidationUtil;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a {@link Response} as a Netty response: the body by its run-time type, headers as built,
 * {@code Content-Length} always, and no body at all for HEAD.
 */
final class ResponseEncoder {
  static final String TEXT = "text/plain; charset=utf-8";
  static final String BINARY = "application/octet-stream";
  static final String JSON = "application/json";

  /**
   * Headers that do not validate themselves: the route's headers are checked here, once each, as
   * Netty would (a token name, a value without CR, LF or other controls); every other header the
   * server sets is a constant or a number, and checking those on every response was measurable.
   */
  private static final HttpHeadersFactory CHECKED_HERE = DefaultHttpHeadersFactory.headersFactory()
      .withValidation(false);

  private ResponseEncoder() {}

  /** The header's name, or an IllegalArgumentException when the header could split the response. */
  static String valid(String name, String value) {
    int badName = name.isEmpty() ? 0 : HttpHeaderValidationUtil.validateToken(name);
    if (badName != -1) {
      throw new IllegalArgumentException("Invalid header name at index " + badName + ": " + name);
    }
    int badValue = HttpHeaderValidationUtil.validateValidHeaderValue(value);
    if (badValue != -1) {
      throw new IllegalArgumentException("Invalid value of header " + name + " at index " + badValue);
    }
    return name;
  }

  /**
   * Encodes, or throws when the body has no encoding or a header is invalid; the caller then
   * answers 500 instead. Nothing is allocated that a throw could leak.
   */
  static FullHttpResponse encode(Response<?> response, ByteBufAllocator alloc, HttpVersion version, boolean head,
      boolean keepAlive) {
    Object body = response.body();
    String contentType;
    ByteBuf content;
    if (body == null) {
      contentType = null;
      content = Unpooled.EMPTY_BUFFER;
    } else if (body instanceof String text) {
      contentType = TEXT;
      content = Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8));
    } else if (body instanceof byte[] bytes) {
      contentType = BINARY;
      content = Unpooled.wrappedBuffer(bytes);
    } else if (body instanceof JsonWritable json) {
      contentType = JSON;
      content = json(json, alloc);
    } else {
      throw new IllegalStateException("No encoding for a response body of type " + body.getClass().getName());
    }
    int length = content.readableBytes();
    FullHttpResponse out;
    try {
      out = new DefaultFullHttpResponse(version, HttpResponseStatus.valueOf(response.status()),
          head ? Unpooled.EMPTY_BUFFER : content, CHECKED_HERE, CHECKED_HERE);
      HttpHeaders headers = out.headers();
      copyHeaders(response, headers);
      if (contentType != null && !headers.contains(HttpHeaderNames.CONTENT_TYPE)) {
        headers.set(HttpHeaderNames.CONTENT_TYPE, contentType);
      }
      if (response.status() != 204 && response.status() != 304 && response.status() >= 200) {
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, length);
      }
      HttpUtil.setKeepAlive(out, keepAlive);
    } catch (RuntimeException e) {
      content.release();
      throw e;
    }
    if (head) {
      content.release();
    }
    return out;
  }

  /**
   * The head of a streamed response: chunked on HTTP/1.1 (an HTTP/1.0 client reads to the
   * connection's end), the encoding's content type unless the route set one, and for an event
   * stream {@code Cache-Control: no-cache} and {@code X-Accel-Buffering: no}, so that no cache or
   * proxy holds events back. For HEAD a whole response with those headers and no body.
   */
  static HttpResponse encodeStreamHead(Response<?> response, StreamBody stream, HttpVersion version, boolean head,
      boolean keepAlive) {
    HttpResponseStatus status = HttpResponseStatus.valueOf(response.status());
    HttpResponse out = head ? new DefaultFullHttpResponse(version, status, Unpooled.EMPTY_BUFFER, CHECKED_HERE,
        CHECKED_HERE) : new DefaultHttpResponse(version, status, CHECKED_HERE);
    HttpHeaders headers = out.headers();
    copyHeaders(response, headers);
    if (!headers.contains(HttpHeaderNames.CONTENT_TYPE)) {
      headers.set(HttpHeaderNames.CONTENT_TYPE, stream.encoding().contentType());
    }
    if (stream.encoding().events()) {
      if (!headers.contains(HttpHeaderNames.CACHE_CONTROL)) {
        headers.set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
      }
      headers.set("X-Accel-Buffering", "no");
    }
    if (stream.file() != null) { // a known length: no chunking, and HTTP/1.0 keeps the connection it asked for
      headers.set(HttpHeaderNames.CONTENT_LENGTH, stream.file().length());
      HttpUtil.setKeepAlive(out, keepAlive);
      return out;
    }
    headers.remove(HttpHeaderNames.CONTENT_LENGTH);
    if (version == HttpVersion.HTTP_1_1) {
      headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
    }
    HttpUtil.setKeepAlive(out, keepAlive && version == HttpVersion.HTTP_1_1);
    return out;
  }

  /** The route's headers, each checked once, here (see {@link #CHECKED_HERE}). */
  private static void copyHeaders(Response<?> response, HttpHeaders headers) {
    for (Map.Entry<String, String> header : response.headers()) {
      headers.add(valid(header.getKey(), header.getValue()), header.getValue());
    }
  }

  private static ByteBuf json(JsonWritable value, ByteBufAllocator alloc) {
    ByteBuf buffer = alloc.buffer(128);
    try {
      Json.write(value, new ByteBufOutputStream(buffer));
      return buffer;
    } catch (IOException | RuntimeException e) {
      buffer.release();
      throw new IllegalStateException("Could not write a JSON body", e);
    }
  }
}
