package dev.hotpath.testing;

import dev.hotpath.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What {@link TestClient} got back: status, headers and body, copied out of Netty's buffers. */
public final class TestResponse {
  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] body;

  TestResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {
    this.status = status;
    this.headers = List.copyOf(headers);
    this.body = body;
  }

  public int status() {
    return status;
  }

  /** The first value of a header, case-insensitively, or null. */
  public String header(String name) {
    for (Map.Entry<String, String> header : headers) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }

  /** Every header in order. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The body as UTF-8 text. */
  public String body() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public byte[] bytes() {
    return body.clone();
  }

  /**
   * The body parsed as JSON into plain values: {@code Map}, {@code List}, {@code String},
   * {@code Long}, {@code Double}, {@code Boolean} or null.
   */
  public Object json() {
    try {
      return Json.parse(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Body is not JSON: " + body(), e);
    }
  }

  @Override
  public String toString() {
    return status + " " + headers + " " + body();
  }
}
