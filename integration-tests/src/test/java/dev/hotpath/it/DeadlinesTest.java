package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that hold a connection without using it are closed at their deadline, while requests in
 * flight are not. Short deadlines here; bounds generous (the machine is noisy).
 */
class DeadlinesTest {
  private final Server server = Hotpath.server(Apis.router()).port(0)
      .keepAliveTimeout(Duration.ofMillis(400)).bodyTimeout(Duration.ofMillis(400)).start();

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(1));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void anIdleConnectionIsClosedAfterTheKeepAliveTimeout() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      long start = System.nanoTime();
      assertThat(raw.closedByServer()).isTrue();
      assertThat(millisSince(start)).isBetween(300L, 10_000L);
    }
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send(RawHttp.get("/r/")).read().body()).isEqualTo("root");
      long start = System.nanoTime();
      assertThat(raw.closedByServer()).as("idle after its response").isTrue();
      assertThat(millisSince(start)).isBetween(300L, 10_000L);
    }
  }

  @Test
  void slowlorisIsClosedWhileOthersAreServed() throws Exception {
    try (RawHttp slow = new RawHttp(server.port())) {
      slow.send("GET /r/ HTTP/1.1\r\nHost: x\r\n");
      boolean closed = false;
      for (int i = 0; i < 40 && !closed; i++) { // 4 s of headers dribbled at 10 per second
        Thread.sleep(100);
        try {
          slow.send("X-Drip-" + i + ": y\r\n");
        } catch (java.io.IOException e) {
          closed = true;
        }
        try (RawHttp probe = new RawHttp(server.port())) {
          assertThat(probe.send(RawHttp.get("/r/")).read().body()).isEqualTo("root");
        }
      }
      assertThat(closed || slow.closedByServer()).as("the dribbling client was closed").isTrue();
    }
  }

  @Test
  void aStalledBodyIsClosed() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send("POST /json/bytes-body HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n[\"a");
      long start = System.nanoTime();
      assertThat(raw.closedByServer()).isTrue();
      assertThat(millisSince(start)).isBetween(300L, 10_000L);
    }
  }

  @Test
  void aSlowHandlerIsNotCutOff() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send(RawHttp.get("/modes/sleep?millis=1200")).read().body()).isEqualTo("slept 1200");
    }
  }

  /**
   * The connection keeps one timer and moves its deadline: a client that sends a request every
   * 150 ms outlives many 400 ms keep-alive periods, and is closed 400 ms after it stops.
   */
  @Test
  void eachRequestMovesTheKeepAliveDeadline() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      long start = System.nanoTime();
      for (int i = 0; i < 12; i++) { // 1.8 s, four and a half keep-alive periods
        assertThat(raw.send(RawHttp.get("/r/")).read().body()).as("request %d", i).isEqualTo("root");
        Thread.sleep(150);
      }
      assertThat(millisSince(start)).isGreaterThan(1_200L);
      long idle = System.nanoTime();
      assertThat(raw.closedByServer()).isTrue();
      assertThat(millisSince(idle)).isBetween(150L, 10_000L);
    }
  }

  /** A body deadline shorter than the keep-alive one already scheduled still closes at its own time. */
  @Test
  void aShorterBodyDeadlineIsNotHeldBackByTheKeepAliveOne() throws Exception {
    Server patient = Hotpath.server(Apis.router()).port(0)
        .keepAliveTimeout(Duration.ofSeconds(30)).bodyTimeout(Duration.ofMillis(300)).start();
    try (RawHttp raw = new RawHttp(patient.port())) {
      assertThat(raw.send(RawHttp.get("/r/")).read().body()).isEqualTo("root"); // a 30 s check is now scheduled
      raw.send("POST /json/bytes-body HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: 20\r\n\r\n[\"a");
      long start = System.nanoTime();
      assertThat(raw.closedByServer()).isTrue();
      assertThat(millisSince(start)).isBetween(200L, 10_000L);
    } finally {
      patient.stop(Duration.ofSeconds(1));
    }
  }
}
