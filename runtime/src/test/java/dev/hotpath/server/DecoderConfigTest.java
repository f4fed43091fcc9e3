package dev.hotpath.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Router;
import dev.hotpath.internal.Resource;
import dev.hotpath.internal.RouteInfo;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpDecoderConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Netty's decoder runs at its strictest, and no default can loosen it unnoticed. */
class DecoderConfigTest {
  private static final Router NONE = new Router() {
    @Override
    public Resource match(String path) {
      return null;
    }

    @Override
    public List<RouteInfo> routes() {
      return List.of();
    }
  };

  @Test
  void theEffectiveSettingsAreTheStrictOnes() {
    HttpDecoderConfig config = HotpathInitializer.decoderConfig(Hotpath.server(NONE).maxRequestHead(4096, 8192).config());
    assertThat(config.isStrictLineParsing()).as("CRLF only").isTrue();
    assertThat(config.isAllowDuplicateContentLengths()).as("one Content-Length").isFalse();
    assertThat(config.isUseRfc9112TransferEncoding()).as("Transfer-Encoding with Content-Length is an error").isTrue();
    assertThat(config.isChunkedSupported()).isTrue();
    assertThat(config.getMaxInitialLineLength()).isEqualTo(4096);
    assertThat(config.getMaxHeaderSize()).isEqualTo(8192);
    DefaultHttpHeadersFactory headers = (DefaultHttpHeadersFactory) config.getHeadersFactory();
    assertThat(headers.isValidatingHeaderNames()).as("header names validated").isTrue();
    assertThat(headers.isValidatingHeaderValues()).as("header values validated").isTrue();
    assertThat(headers.isCombiningHeaders()).as("repeated headers kept apart").isFalse();
  }
}
