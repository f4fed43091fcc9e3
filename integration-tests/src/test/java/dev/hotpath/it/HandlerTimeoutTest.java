package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import dev.hotpath.it.api.ModesController;
import dev.hotpath.it.api.Sleeper;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A route that outlives the handler deadline gets a 503, and its future is cancelled. */
class HandlerTimeoutTest {
  private final ModesController modes = new ModesController(new Sleeper());
  private final Server server = Hotpath.server(Apis.router(modes)).port(0)
      .handlerTimeout(Duration.ofMillis(300)).start();

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(1));
  }

  @Test
  void aBlockingRouteOverTheDeadline() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send(RawHttp.get("/modes/sleep?millis=3000")).read();
      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.body()).isEqualTo("{\"detail\":\"Service Unavailable: the request took too long\"}");
      assertThat(raw.send(RawHttp.get("/modes/fast")).read().body()).as("the connection goes on").isEqualTo("fast");
    }
  }

  @Test
  void aFutureThatNeverCompletesIsCancelled() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send(RawHttp.get("/modes/never")).read().status()).isEqualTo(503);
    }
    assertThat(modes.never.isCancelled()).isTrue();
  }

  @Test
  void routesWithinTheDeadlineAreUntouched() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send(RawHttp.get("/modes/sleep?millis=50")).read().body()).isEqualTo("slept 50");
    }
  }
}
