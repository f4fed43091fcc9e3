package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import dev.hotpath.it.forms.FormsApiRouter;
import dev.hotpath.it.forms.FormProviders;
import dev.hotpath.it.forms.FormsController;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads over real sockets: size, memory, limits before the body, 100-continue, disconnects, the event loop. */
class UploadSocketTest {
  private static final String BOUNDARY = "socket-test-boundary";

  @TempDir
  Path spill;

  private Server server;

  private Server server() {
    if (server == null) {
      server = Hotpath.server(new FormsApiRouter(new FormsController(spill), new FormProviders())).port(0)
          .uploadLimits(1024 * 1024, 10, 1024).uploadSpill(1024, spill).start();
    }
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(Duration.ofSeconds(1));
    }
  }

  /**
   * 100 MB through a server whose whole heap is 48 MB: it can only succeed if the upload is streamed
   * to disk as it arrives. The content is made as it is sent and hashed on both sides.
   */
  @Test
  void aHundredMegabyteUploadGoesThroughASmallHeap() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
        UploadMain.class.getName(), spill.toString()).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      int port = -1;
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("PORT ")) {
          port = Integer.parseInt(line.substring(5).trim());
          break;
        }
      }
      assertThat(port).isPositive();
      long size = 100L * 1024 * 1024;
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n";
      String tail = "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nbig\r\n--"
          + BOUNDARY + "--\r\n";
      try (RawHttp raw = new RawHttp(port)) {
        raw.timeout(120_000);
        raw.send("POST /forms/avatar HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
            + "\r\nContent-Length: " + (head.length() + size + tail.length()) + "\r\n\r\n" + head);
        byte[] chunk = new byte[256 * 1024];
        for (long sent = 0; sent < size; sent += chunk.length) {
          for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) ((sent + i) * 7 + ((sent + i) >>> 11));
          }
          digest.update(chunk);
          raw.send(chunk);
        }
        raw.send(tail);
        RawHttp.Reply reply = raw.read();
        String sha = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("big.bin application/octet-stream " + size + " " + sha + " caption=big");
      }
      assertThat(awaitNoFiles(spill)).as("temporary files after the response").isZero();
      assertThat(process.isAlive()).as("the server survived").isTrue();
    } finally {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aDeclaredLengthOverTheLimitIs413BeforeTheBody() throws IOException {
    try (RawHttp raw = new RawHttp(server().port())) {
      RawHttp.Reply reply = raw.send("POST /forms/avatar HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; "
          + "boundary=b\r\nContent-Length: 2000000\r\nExpect: 100-continue\r\n\r\n").read();
      assertThat(reply.status()).isEqualTo(413);
    }
    assertThat(statusOf("/forms/nothing")).isEqualTo(404);
  }

  @Test
  void aChunkedUploadOverTheLimitIs413AndTheServerKeepsServing() throws IOException {
    try (RawHttp raw = new RawHttp(server().port())) {
      raw.send("POST /forms/avatar HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
          + "\r\nTransfer-Encoding: chunked\r\n\r\n");
      String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n\r\n";
      raw.send(Integer.toHexString(part.length()) + "\r\n" + part + "\r\n");
      byte[] piece = new byte[64 * 1024];
      RawHttp.Reply reply = null;
      try {
        for (int i = 0; i < 40; i++) { // 2.5 MB against a 1 MB limit
          raw.send((Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          raw.send(piece);
          raw.send("\r\n");
        }
      } catch (IOException e) {
        // the server may close before all of it is sent
      }
      reply = raw.read();
      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.header("connection")).isEqualTo("close");
    }
    assertThat(awaitNoFiles(spill)).isZero();
    assertThat(statusOf("/forms/nothing")).isEqualTo(404);
  }

  @Test
  void expectContinueIsAnsweredBeforeTheBodyIsSent() throws IOException {
    String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\nhello\r\n--" + BOUNDARY + "--\r\n";
    try (Socket socket = new Socket("127.0.0.1", server().port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /forms/avatar HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
          + "\r\nContent-Length: " + body.length() + "\r\nExpect: 100-continue\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      assertThat(in.readLine()).isEqualTo("HTTP/1.1 100 Continue");
      assertThat(in.readLine()).isEmpty();
      out.write(body.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
    }
  }

  @Test
  void aClientGoneMidUploadLeavesNoTemporaryFile() throws Exception {
    try (RawHttp raw = new RawHttp(server().port())) {
      raw.send("POST /forms/avatar HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
          + "\r\nContent-Length: 900000\r\n\r\n--" + BOUNDARY
          + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n\r\n");
      raw.send(new byte[200_000]);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (countFiles(spill) == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(countFiles(spill)).as("spilled while arriving").isEqualTo(1);
    }
    assertThat(awaitNoFiles(spill)).as("after the client went away").isZero();
  }

  @Test
  void aNonBlockingRouteCannotReadASpilledFileOnTheEventLoop() throws IOException {
    byte[] content = new byte[5000];
    String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n";
    String tail = "\r\n--" + BOUNDARY + "--\r\n";
    try (RawHttp raw = new RawHttp(server().port())) {
      raw.send("POST /forms/async HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
          + "\r\nContent-Length: " + (head.length() + content.length + tail.length()) + "\r\n\r\n" + head);
      raw.send(content);
      RawHttp.Reply reply = raw.send(tail).read();
      assertThat(reply.body()).isEqualTo("a.bin 5000 refused: FileUpload.bytes() reads or writes the disk and was "
          + "called on an event loop: call it from a blocking route (one returning a plain value, or @Blocking)");
    }
  }

  private int statusOf(String path) throws IOException {
    try (RawHttp raw = new RawHttp(server().port())) {
      return raw.send(RawHttp.get(path)).read().status();
    }
  }

  /** The files left once the server has had up to 10 s to delete them (it does so once the response is out). */
  private static long awaitNoFiles(Path directory) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (countFiles(directory) > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return countFiles(directory);
  }

  private static long countFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.count();
    }
  }
}
