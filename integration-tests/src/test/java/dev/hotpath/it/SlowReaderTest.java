package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A client that never reads its responses is closed at the send timeout; others are served. */
class SlowReaderTest {
  @Test
  void aClientThatDoesNotReadIsClosed() throws Exception {
    Server server = Hotpath.server(Apis.router()).port(0).sendTimeout(Duration.ofMillis(500)).start();
    String big = "/params/files/" + "f".repeat(2000);
    int sent = 20_000;
    try (RawHttp stuck = new RawHttp(server.port())) {
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
        try {
          for (int i = 0; i < sent; i++) {
            stuck.send(RawHttp.get(big));
          }
        } catch (IOException e) {
          // the server closed the connection: expected
        }
      });
      Thread.sleep(2500); // well past the send timeout, without reading
      try (RawHttp probe = new RawHttp(server.port())) {
        assertThat(probe.send(RawHttp.get("/r/")).read().body()).isEqualTo("root");
      }
      int received = 0;
      try {
        while (received < sent) {
          stuck.read();
          received++;
        }
      } catch (IOException e) {
        // end of stream: the server closed it
      }
      assertThat(received).as("responses before the close").isLessThan(sent);
      writer.cancel(true);
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }
}
