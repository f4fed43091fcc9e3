package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Server.stop drains: idle connections close at once, requests in flight finish, then it stops. */
class GracefulShutdownTest {
  @Test
  void stopLetsRequestsInFlightFinishAndClosesTheRest() throws Exception {
    Server server = Hotpath.server(Apis.router()).port(0).start();
    int port = server.port();
    try (RawHttp idle = new RawHttp(port); RawHttp busy = new RawHttp(port)) {
      assertThat(idle.send(RawHttp.get("/readyz")).read().body()).isEqualTo("{\"status\":\"ok\"}");
      busy.send(RawHttp.get("/modes/sleep?millis=1000"));
      Thread.sleep(200); // the slow request is in flight
      long start = System.nanoTime();
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(10)));
      assertThat(idle.closedByServer()).as("an idle connection closes at once").isTrue();
      RawHttp.Reply reply = busy.read();
      assertThat(reply.body()).isEqualTo("slept 1000");
      assertThat(reply.header("connection")).isEqualTo("close");
      assertThat(busy.closedByServer()).isTrue();
      stopping.get(10, TimeUnit.SECONDS);
      assertThat((System.nanoTime() - start) / 1_000_000).as("stop waited for the request, not the grace")
          .isLessThan(8_000);
    }
    assertThatThrownBy(() -> new RawHttp(port)).isInstanceOf(ConnectException.class);
  }

  @Test
  void stragglersAreClosedAtTheDeadline() throws Exception {
    Server server = Hotpath.server(Apis.router()).port(0).start();
    try (RawHttp busy = new RawHttp(server.port())) {
      busy.send(RawHttp.get("/modes/sleep?millis=5000"));
      Thread.sleep(200);
      long start = System.nanoTime();
      server.stop(Duration.ofMillis(300));
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
      assertThat(busy.closedByServer()).isTrue();
    }
  }

  @Test
  void livenessAndReadinessAreOffTheRouteTable() throws Exception {
    Server server = Hotpath.server(Apis.router()).port(0).start();
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send(RawHttp.get("/healthz")).read().body()).isEqualTo("{\"status\":\"ok\"}");
      assertThat(raw.send(RawHttp.get("/readyz")).read().status()).isEqualTo(200);
      assertThat(Apis.router().routes()).noneMatch(route -> route.template().endsWith("z"));
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }
}
