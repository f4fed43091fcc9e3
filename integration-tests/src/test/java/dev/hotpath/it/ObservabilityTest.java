package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import dev.hotpath.ServerCounters;
import dev.hotpath.it.logging.RecordingProvider;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Server counters, X-Request-Id and the access log. */
class ObservabilityTest {
  @Test
  void countersAfterAKnownSequence() throws Exception {
    Server server = Hotpath.server(Apis.router()).port(0).start();
    try {
      try (RawHttp raw = new RawHttp(server.port())) {
        raw.send(RawHttp.get("/r/")).read();
        raw.send(RawHttp.get("/r/boom")).read();
        raw.send(RawHttp.get("/nowhere")).read();
      }
      try (RawHttp raw = new RawHttp(server.port())) {
        raw.send("GET /r/ HTTP/1.1\r\n\r\n").read(); // no Host
      }
      ServerCounters counters = server.counters();
      for (int i = 0; i < 100 && counters.written() < 4; i++) {
        Thread.sleep(20);
        counters = server.counters();
      }
      assertThat(counters).isEqualTo(new ServerCounters(4, 1, 2, 0, 1, 4, 0, 0));
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void requestIdsAreEchoedOrGenerated() throws Exception {
    Server server = Hotpath.server(Apis.router()).port(0).start();
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send("GET /r/ HTTP/1.1\r\nHost: x\r\nX-Request-Id: abc-123\r\n\r\n").read().header("x-request-id"))
          .isEqualTo("abc-123");
      String first = raw.send(RawHttp.get("/r/")).read().header("x-request-id");
      String second = raw.send(RawHttp.get("/nowhere")).read().header("x-request-id");
      assertThat(first).isNotBlank().isNotEqualTo(second);
      String tooLong = "x".repeat(300);
      assertThat(raw.send("GET /r/ HTTP/1.1\r\nHost: x\r\nX-Request-Id: " + tooLong + "\r\n\r\n").read()
          .header("x-request-id")).isNotEqualTo(tooLong).hasSizeLessThan(40);
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }

  /** One line per response on SLF4J's dev.hotpath.access: peer, request line, status, bytes, time, request id. */
  @Test
  void accessLogIsOneSwitchOnSlf4j() throws Exception {
    RecordingProvider.clear("dev.hotpath.access");
    Server server = Hotpath.server(Apis.router()).port(0).accessLog(true).start();
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply response = raw.send("GET /r/items/7?x=1 HTTP/1.1\r\nHost: x\r\nX-Request-Id: req-7\r\n\r\n")
          .read();
      int bytes = response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      raw.send("GET /r/items/\u0001 HTTP/1.1\r\nHost: x\r\nX-Request-Id: req-8\r\n\r\n").read(); // refused before routing
      List<String> lines = awaitLines(2);
      assertThat(lines.get(0)).startsWith("/127.0.0.1:").contains(" \"GET /r/items/7?x=1\" 200 " + bytes + " ")
          .endsWith("ms req-7");
      // The decoder refused it: no method, target or headers to read, so a new request id.
      assertThat(lines.get(1)).contains(" \"- -\" 400 ").doesNotContain("req-8").doesNotContain("\u0001");
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void accessLogIsOffByDefault() throws Exception {
    RecordingProvider.clear("dev.hotpath.access");
    Server server = Hotpath.server(Apis.router()).port(0).start();
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send(RawHttp.get("/r/")).read();
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
    assertThat(RecordingProvider.lines("dev.hotpath.access")).isEmpty();
  }

  /** The line is logged once the response is written, just after the client may have read it. */
  private static List<String> awaitLines(int count) throws InterruptedException {
    for (int i = 0; i < 200 && RecordingProvider.lines("dev.hotpath.access").size() < count; i++) {
      Thread.sleep(10);
    }
    return RecordingProvider.lines("dev.hotpath.access");
  }
}
