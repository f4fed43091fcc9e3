package dev.hotpath.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which requests the multipart decoder takes: by the content type's essence, however it is spelt. */
class MultipartDecodingTest {
  private static HttpRequest withType(String type) {
    HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/");
    if (type != null) {
      request.headers().set("Content-Type", type);
    }
    return request;
  }

  @ParameterizedTest
  @ValueSource(strings = {"multipart/form-data; boundary=x", "Multipart/Form-Data;boundary=x",
      "multipart/form-data", "MULTIPART/FORM-DATA ; boundary=x"})
  void multipart(String type) {
    assertThat(MultipartDecoding.isMultipart(withType(type))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"multipart/form-datax", "multipart/mixed; boundary=x", "application/json",
      "application/x-www-form-urlencoded", "", "multipart/form"})
  void notMultipart(String type) {
    assertThat(MultipartDecoding.isMultipart(withType(type))).isFalse();
  }

  @Test
  void noContentType() {
    assertThat(MultipartDecoding.isMultipart(withType(null))).isFalse();
  }
}
