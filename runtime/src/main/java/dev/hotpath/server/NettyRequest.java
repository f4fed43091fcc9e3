package dev.hotpath.server;

import dev.hotpath.Request;
import dev.hotpath.internal.FormData;
import dev.hotpath.internal.MultipartSource;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import java.net.SocketAddress;
import java.util.List;
import java.util.Set;

/** {@link Request} over a Netty request's line and headers; the target is split once, here. */
final class NettyRequest implements Request, MultipartSource {
  private static final byte[] EMPTY = new byte[0];

  private final String method;
  private final String uri;
  private final String path;
  private final String rawQuery;
  private final HttpHeaders headers;
  private final SocketAddress remoteAddress;
  private final byte[] body;
  private final FormData multipart;

  private NettyRequest(String method, String uri, String path, String rawQuery, HttpHeaders headers,
      SocketAddress remoteAddress, byte[] body, FormData multipart) {
    this.method = method;
    this.uri = uri;
    this.path = path;
    this.rawQuery = rawQuery;
    this.headers = headers;
    this.remoteAddress = remoteAddress;
    this.body = body;
    this.multipart = multipart;
  }

  /**
   * The request, or null when its target is neither origin-form nor absolute-form. The body is
   * copied out of Netty's buffer, so the route may read it on any thread after the buffer is freed.
   */
  static NettyRequest of(FullHttpRequest request, SocketAddress remoteAddress) {
    String uri = request.uri();
    int pathStart = pathStart(uri);
    if (pathStart < 0) {
      return null;
    }
    int end = uri.length(); // RequestChecks refused a fragment
    int question = uri.indexOf('?', pathStart);
    boolean hasQuery = question >= 0 && question < end;
    String path = pathStart == end ? "/" : uri.substring(pathStart, hasQuery ? question : end);
    String rawQuery = hasQuery ? uri.substring(question + 1, end) : "";
    byte[] body = request.content().isReadable() ? ByteBufUtil.getBytes(request.content()) : EMPTY;
    FormData multipart = request instanceof FormRequest form ? form.form().data() : null;
    return new NettyRequest(request.method().name(), uri, path, rawQuery, request.headers(), remoteAddress, body,
        multipart);
  }

  private static int pathStart(String uri) {
    if (uri.startsWith("/")) {
      return 0;
    }
    int scheme = uri.startsWith("http://") ? 7 : uri.startsWith("https://") ? 8 : -1;
    if (scheme < 0) {
      return -1;
    }
    int slash = uri.indexOf('/', scheme);
    return slash < 0 ? uri.length() : slash;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String uri() {
    return uri;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String rawQuery() {
    return rawQuery;
  }

  @Override
  public String header(String name) {
    return headers.get(name);
  }

  @Override
  public List<String> headers(String name) {
    return headers.getAll(name);
  }

  @Override
  public Set<String> headerNames() {
    return headers.names();
  }

  @Override
  public byte[] body() {
    return body;
  }

  @Override
  public FormData multipart() {
    return multipart;
  }

  @Override
  public SocketAddress remoteAddress() {
    return remoteAddress;
  }

  @Override
  public String toString() {
    return method + " " + uri;
  }
}
