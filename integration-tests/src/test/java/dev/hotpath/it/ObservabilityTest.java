package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import dev.hotpath.ServerCounters;
import java.time.Duration;
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
      assertThat(counters).isEqualTo(new ServerCounters(4, 1, 2, 0, 1, 4));
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

  @Test
  void accessLogIsOneSwitch() throws Exception {
    LogCapture access = LogCapture.of("dev.hotpath.access", java.util.logging.Level.INFO);
    Server server = Hotpath.server(Apis.router()).port(0).accessLog(true).start();
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send("GET /r/items/7?x=1 HTTP/1.1\r\nHost: x\r\nX-Request-Id: req-7\r\n\r\n").read();
      assertThat(access.messages()).singleElement().asString().contains("\"GET /r/items/7?x=1\" 200")
          .endsWith("ms req-7");
    } finally {
      access.close();
      server.stop(Duration.ofSeconds(1));
    }
  }
}
