package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proof that blocking routes never stall the event loop, and its counter-test: the same sleep
 * inside a {@code @NonBlocking} route does stall it (so the first test can fail), and the watchdog
 * names the route. One event loop serves every connection. Bounds are generous: the machine is noisy.
 */
class EventLoopTest {
  private static final long SLEEP_MILLIS = 1500;

  private Server server;
  private final List<RawHttp> connections = new ArrayList<>();

  @BeforeEach
  void start() {
    server = Hotpath.server(Apis.router()).port(0).ioThreads(1).virtualThreads(false).workerThreads(2)
        .maxConcurrency(64).start();
  }

  @AfterEach
  void stop() throws Exception {
    for (RawHttp connection : connections) {
      connection.close();
    }
    server.stop(Duration.ofSeconds(1));
  }

  private RawHttp connect() throws Exception {
    RawHttp connection = new RawHttp(server.port());
    connections.add(connection);
    return connection;
  }

  @Test
  void saturatedWorkerPoolLeavesNonBlockingRoutesFast() throws Exception {
    for (int i = 0; i < 8; i++) { // 2 workers sleeping, 6 queued behind them
      connect().send(RawHttp.get("/modes/sleep?millis=" + SLEEP_MILLIS));
    }
    Thread.sleep(100);
    RawHttp probe = connect();
    long start = System.nanoTime();
    assertThat(probe.send(RawHttp.get("/modes/fast")).read().body()).isEqualTo("fast");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("non-blocking route answered while the pool was saturated").isLessThan(SLEEP_MILLIS / 2);
  }

  @Test
  void sleepInNonBlockingRouteStallsTheLoopAndIsLogged() throws Exception {
    try (LogCapture warnings = LogCapture.of("dev.hotpath.server", Level.WARNING)) {
      connect().send(RawHttp.get("/modes/sleep-inline?millis=" + SLEEP_MILLIS));
      Thread.sleep(100);
      RawHttp probe = connect();
      long start = System.nanoTime();
      assertThat(probe.send(RawHttp.get("/modes/fast")).read().body()).isEqualTo("fast");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(millis).as("the blocked event loop delayed the other connection").isGreaterThan(SLEEP_MILLIS / 2);
      assertThat(warnings.messages()).anySatisfy(message -> assertThat(message)
          .contains("GET /modes/sleep-inline").contains("ModesController#sleepInline(long)")
          .contains("held the event loop").contains("still running"));
    }
  }
}
