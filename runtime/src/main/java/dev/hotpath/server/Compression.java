package dev.hotpath.server;

import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import java.util.Locale;

/**
 * gzip or deflate for responses of at least {@code threshold} bytes when the client accepts it, as
 * FastAPI's {@code GZipMiddleware}; never for content that is already compressed or a stream of
 * events (compressing those wastes CPU or holds events back).
 */
final class Compression extends HttpContentCompressor {
  Compression(int threshold) {
    super(threshold, StandardCompressionOptions.gzip(), StandardCompressionOptions.deflate());
  }

  @Override
  protected Result beginEncode(HttpResponse response, String acceptEncoding) throws Exception {
    String type = response.headers().get(HttpHeaderNames.CONTENT_TYPE);
    return type != null && incompressible(type.toLowerCase(Locale.ROOT)) ? null
        : super.beginEncode(response, acceptEncoding);
  }

  static boolean incompressible(String type) {
    return type.startsWith("image/") && !type.startsWith("image/svg")
        || type.startsWith("video/") || type.startsWith("audio/")
        || type.startsWith("text/event-stream")
        || type.startsWith("application/zip") || type.startsWith("application/gzip")
        || type.startsWith("application/x-gzip") || type.startsWith("application/zstd")
        || type.startsWith("font/woff");
  }
}
