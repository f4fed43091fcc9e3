package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Beyond the concurrency limit, blocking routes get an immediate 503 instead of a queue without end. */
class OverloadTest {
  @ParameterizedTest(name = "virtualThreads={0}")
  @ValueSource(booleans = {false, true})
  void blockingRoutesBeyondTheLimitGet503WithRetryAfter(boolean virtualThreads) throws Exception {
    GateSleeper sleeper = new GateSleeper();
    Server server = Hotpath.server(Apis.router(sleeper)).port(0).virtualThreads(virtualThreads)
        .workerThreads(3).maxConcurrency(3).start();
    List<RawHttp> held = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        held.add(new RawHttp(server.port()).send(RawHttp.get("/modes/sleep")));
      }
      // All three run and hold a permit (waiting for all three: their connections race each other).
      assertThat(sleeper.entered.tryAcquire(3, 10, TimeUnit.SECONDS)).isTrue();
      try (RawHttp extra = new RawHttp(server.port())) {
        RawHttp.Reply refused = extra.send(RawHttp.get("/modes/sleep")).read();
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("retry-after")).isEqualTo("1");
        assertThat(refused.body()).isEqualTo("{\"detail\":\"Service Unavailable\"}");
        // Non-blocking routes do not take a worker permit and still answer.
        assertThat(extra.send(RawHttp.get("/modes/fast")).read().body()).isEqualTo("fast");
      }
      sleeper.release();
      for (RawHttp connection : held) {
        assertThat(connection.read().status()).isEqualTo(200);
      }
      try (RawHttp after = new RawHttp(server.port())) {
        assertThat(after.send(RawHttp.get("/modes/sleep")).read().status()).isEqualTo(200);
      }
    } finally {
      sleeper.release();
      for (RawHttp connection : held) {
        connection.close();
      }
      server.stop(Duration.ofSeconds(1));
    }
  }
}
