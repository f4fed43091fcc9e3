package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Static files over real sockets: the zero-copy path, ranges, compression, and raw traversal attempts. */
class StaticSocketTest {
  @TempDir
  Path temp;

  private Path root;
  private byte[] big;
  private Server server;

  @BeforeEach
  void start() throws IOException {
    root = StaticFilesTest.site(temp);
    big = new byte[3 * 1024 * 1024 + 17];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 13 + (i >>> 9));
    }
    Files.write(root.resolve("big.bin"), big);
    Files.writeString(root.resolve("page.html"), "<p>compress me</p>".repeat(200));
    server = Hotpath.server(Apis.router()).port(0).staticFiles("/static", root).start();
  }

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(1));
  }

  @Test
  void aLargeFileGoesThroughWholeAndTheConnectionIsKept() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(15_000);
      socket.getOutputStream().write(("GET /static/big.bin HTTP/1.1\r\nHost: x\r\n\r\n"
          + "GET /static/big.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=1000-1999\r\n\r\n"
          + "GET /r/ HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      assertThat(head(in)).startsWith("HTTP/1.1 200").contains("content-length: " + big.length);
      assertThat(in.readNBytes(big.length)).isEqualTo(big);
      assertThat(head(in)).startsWith("HTTP/1.1 206").contains("content-range: bytes 1000-1999/" + big.length);
      byte[] part = in.readNBytes(1000);
      assertThat(part).isEqualTo(java.util.Arrays.copyOfRange(big, 1000, 2000));
      assertThat(head(in)).startsWith("HTTP/1.1 200").contains("content-length: 4");
      assertThat(new String(in.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("root");
    }
    assertThat(server.counters().zeroCopy()).as("files sent as file regions").isEqualTo(2);
  }

  @Test
  void aNotModifiedAnswerHasNoBodyAndNoLength() throws IOException {
    String etag;
    try (RawHttp raw = new RawHttp(server.port())) {
      etag = raw.send("GET /static/digits.txt HTTP/1.1\r\nHost: x\r\n\r\n").read().header("etag");
      RawHttp.Reply reply = raw.send("GET /static/digits.txt HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag
          + "\r\n\r\n").read();
      assertThat(reply.status()).isEqualTo(304);
      assertThat(reply.header("content-length")).isNull();
      assertThat(raw.send(RawHttp.get("/r/")).read().body()).isEqualTo("root");
    }
  }

  @Test
  void withCompressionOnTheFileIsSentCompressedNotAsAFileRegion() throws IOException {
    Server compressing = Hotpath.server(Apis.router()).port(0).compression(true).staticFiles("/static", root).start();
    try (RawHttp raw = new RawHttp(compressing.port())) {
      RawHttp.Reply reply = raw.send("GET /static/page.html HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n")
          .readHead();
      assertThat(reply.header("content-encoding")).isEqualTo("gzip");
      java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
      while (raw.readChunkBytes(body) != null) {
        // collected
      }
      try (InputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(body.toByteArray()))) {
        assertThat(new String(gunzip.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(
            root.resolve("page.html")));
      }
      assertThat(compressing.counters().streamed()).isEqualTo(1);
      assertThat(compressing.counters().zeroCopy()).as("compressed: chunks, not a file region").isZero();
    } finally {
      compressing.stop(Duration.ofSeconds(1));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/static/../secret.txt", "/static/../../../../etc/passwd", "/static/%2e%2e/secret.txt",
      "/static/..%2fsecret.txt", "/static/..%5csecret.txt", "/static/escape.txt", "/static/escape-dir/secret.txt",
      "http://x/static/../secret.txt", "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static/.%2e/secret.txt"})
  void rawTraversalAttemptsNeverReachOutside(String target) throws IOException {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(reply.status()).as(target).isIn(400, 404);
      assertThat(reply.body()).doesNotContain(StaticFilesTest.SECRET).doesNotContain("root:");
    }
  }

  /** Status line and headers, lower-cased names, up to the blank line. */
  private static String head(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      head.append((char) c);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    String text = head.toString();
    int firstLine = text.indexOf("\r\n");
    return text.substring(0, firstLine) + text.substring(firstLine).toLowerCase(java.util.Locale.ROOT);
  }
}
