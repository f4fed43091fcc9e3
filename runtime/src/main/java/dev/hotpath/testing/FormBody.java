package dev.hotpath.testing;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A form being built for a test request: url-encoded while it has only text fields, multipart once
 * it has a file (or when asked), as a browser sends it.
 */
final class FormBody {
  private static final String BOUNDARY = "hotpath-test-boundary-7MA4YWxkTrZu0gW";

  private record Part(String name, String value, String filename, String contentType, byte[] content) {}

  private final List<Part> parts = new ArrayList<>();
  private boolean multipart;

  boolean isEmpty() {
    return parts.isEmpty() && !multipart;
  }

  void text(String name, String value) {
    parts.add(new Part(name, value, null, null, null));
  }

  void file(String name, String filename, String contentType, byte[] content) {
    parts.add(new Part(name, null, filename, contentType, content.clone()));
    multipart = true;
  }

  void multipart() {
    multipart = true;
  }

  String contentType() {
    return multipart ? "multipart/form-data; boundary=" + BOUNDARY : "application/x-www-form-urlencoded";
  }

  byte[] bytes() {
    return multipart ? multipartBytes() : urlencoded().getBytes(StandardCharsets.US_ASCII);
  }

  private String urlencoded() {
    StringBuilder body = new StringBuilder();
    for (Part part : parts) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(part.name(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(part.value(), StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  private byte[] multipartBytes() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Part part : parts) {
      StringBuilder head = new StringBuilder("--").append(BOUNDARY).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(quoted(part.name())).append('"');
      if (part.filename() != null) {
        head.append("; filename=\"").append(quoted(part.filename())).append("\"\r\n")
            .append("Content-Type: ").append(part.contentType());
      }
      head.append("\r\n\r\n");
      body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.filename() != null ? part.content() : part.value().getBytes(StandardCharsets.UTF_8));
      body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return body.toByteArray();
  }

  /** A name or file name in a quoted header parameter, escaped as the HTML form encoder does. */
  private static String quoted(String value) {
    return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }
}
