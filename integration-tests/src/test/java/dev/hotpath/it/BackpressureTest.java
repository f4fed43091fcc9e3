package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A client that pipelines 10,000 requests before reading a single response: the server stops
 * reading it instead of buffering without bound, keeps serving others, and answers every request in
 * order once the client reads.
 */
class BackpressureTest {
  @Test
  void tenThousandPipelinedRequestsFromAClientThatDoesNotRead() throws Exception {
    Server server = Hotpath.server(Apis.router()).port(0).start();
    try (RawHttp greedy = new RawHttp(server.port())) {
      CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
        try {
          for (int i = 0; i < 10_000; i++) {
            greedy.send(RawHttp.get("/params/path/" + i + "/p"));
          }
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      Thread.sleep(500);
      try (RawHttp probe = new RawHttp(server.port())) {
        assertThat(probe.send(RawHttp.get("/r/")).read().body()).isEqualTo("root");
      }
      for (int i = 0; i < 10_000; i++) {
        assertThat(greedy.read().body()).isEqualTo("id=" + i + " name=p");
      }
      sending.get(30, TimeUnit.SECONDS);
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }
}
