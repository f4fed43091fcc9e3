package dev.hotpath.server;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpRequest;

/**
 * A request whose multipart body was decoded as it arrived: a full request with no content, which
 * the aggregator passes on as it is, carrying the form to the connection handler.
 */
final class FormRequest extends DefaultFullHttpRequest {
  private final MultipartForm form;

  FormRequest(HttpRequest head, MultipartForm form) {
    super(head.protocolVersion(), head.method(), head.uri(), Unpooled.EMPTY_BUFFER, head.headers(),
        io.netty.handler.codec.http.DefaultHttpHeadersFactory.trailersFactory().newHeaders());
    this.form = form;
    setDecoderResult(head.decoderResult());
  }

  MultipartForm form() {
    return form;
  }
}
