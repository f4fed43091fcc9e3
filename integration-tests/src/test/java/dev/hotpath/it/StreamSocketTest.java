package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import dev.hotpath.it.streams.Generator;
import dev.hotpath.it.streams.StreamsApiRouter;
import dev.hotpath.it.streams.StreamsController;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streamed responses over real sockets: backpressure, disconnects, event streams read by a real client. */
class StreamSocketTest {
  private final StreamsController controller = new StreamsController();
  private final Server server = Hotpath.server(new StreamsApiRouter(controller)).port(0)
      .eventKeepAlive(Duration.ofMillis(200)).start();

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(1));
  }

  private Generator<?> lastGenerator() {
    return controller.generators.get(controller.generators.size() - 1);
  }

  /**
   * A client that stops reading an endless stream holds the publisher back: what it made stops
   * growing once the socket buffers and the channel's high-water mark are full.
   */
  @Test
  void aSlowClientHoldsThePublisherBack() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply head = raw.send(RawHttp.get("/streams/text?count=0&size=1024")).readHead();
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.header("transfer-encoding")).isEqualTo("chunked");
      Generator<?> generator = lastGenerator();
      long before;
      long after = generator.emitted();
      do { // wait until it stops: buffers full
        before = after;
        Thread.sleep(300);
        after = generator.emitted();
      } while (after != before);
      Thread.sleep(700);
      assertThat(generator.emitted()).as("made while the client did not read").isEqualTo(before);
      // socket buffers (a few MB at most) + the 64 KiB high-water mark + one batch: never the whole stream
      assertThat(before * 1024).as("bytes made").isLessThan(32L * 1024 * 1024);
      for (int i = 0; i < 20_000; i++) { // reading again lets it go on
        raw.readChunk();
      }
      assertThat(generator.emitted()).isGreaterThan(before);
    }
  }

  @Test
  void aClientThatGoesAwayCancelsThePublisher() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send(RawHttp.get("/streams/text?count=0&size=100")).readHead();
      assertThat(raw.readChunk()).hasSize(100);
    }
    assertThat(lastGenerator().cancelled().await(10, TimeUnit.SECONDS)).as("cancelled").isTrue();
    long stopped = lastGenerator().emitted();
    Thread.sleep(300);
    assertThat(lastGenerator().emitted()).isEqualTo(stopped);
  }

  @Test
  void eventsReadByARealClient() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/streams/events?count=3"))
        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
    List<Event> events = parse(new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8)));
    assertThat(events).extracting(Event::id).containsExactly("0", "1", "2");
    assertThat(events).extracting(Event::type).containsOnly("tick");
    assertThat(events.get(2).data()).isEqualTo("{\"n\":2,\"label\":\"line\\nbreak\"}");
  }

  @Test
  void anIdleEventStreamGetsKeepAliveCommentsAndStopsWhenTheClientLeaves() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.timeout(5_000);
      RawHttp.Reply head = raw.send(RawHttp.get("/streams/events?count=0")).readHead();
      assertThat(head.header("content-type")).isEqualTo("text/event-stream");
      assertThat(raw.readChunk()).isEqualTo(": keep-alive\n\n");
      assertThat(raw.readChunk()).isEqualTo(": keep-alive\n\n");
    }
    assertThat(lastGenerator().cancelled().await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aStreamFailingAfterItsHeadIsCutAndTheServerKeepsServing() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply head = raw.send(RawHttp.get("/streams/failing")).readHead();
      assertThat(head.status()).isEqualTo(200);
      assertThat(raw.readChunk()).startsWith("{\"n\":0");
      assertThat(raw.readChunk()).startsWith("{\"n\":1");
      assertThatThrownBy(raw::readChunk).isInstanceOf(IOException.class);
    }
    assertThat(controller.closedStreams.get()).isEqualTo(1);
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send(RawHttp.get("/streams/lines?count=1")).read().body())
          .isEqualTo("{\"n\":0,\"label\":\"t0\"}\n");
    }
  }

  @Test
  void pipelinedRequestsBehindAStreamAreAnsweredInOrder() throws IOException {
    try (RawHttp raw = new RawHttp(server.port())) {
      raw.send(RawHttp.get("/streams/lines?count=50") + RawHttp.get("/streams/bytes") + RawHttp.get("/streams/inline"));
      assertThat(raw.read().body()).hasLineCount(50);
      assertThat(raw.read().body()).isEqualTo("\u0001\u0002\u0003");
      assertThat(raw.read().body()).isEqualTo("a\nb\nc\n");
    }
  }

  @Test
  void anHttp10ClientReadsTheStreamToTheConnectionsEnd() throws IOException {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply head = raw.send("GET /streams/inline HTTP/1.0\r\n\r\n").readHead();
      assertThat(head.header("transfer-encoding")).isNull();
      assertThat(new String(raw.rest(), StandardCharsets.UTF_8)).isEqualTo("a\nb\nc\n");
    }
  }

  @Test
  void stoppingTheServerLetsADownloadFinishAndEndsEventStreams() throws Exception {
    try (RawHttp download = new RawHttp(server.port()); RawHttp events = new RawHttp(server.port())) {
      assertThat(events.send(RawHttp.get("/streams/events?count=0")).readHead().status()).isEqualTo(200);
      download.send(RawHttp.get("/streams/text?count=3000&size=1000")).readHead();
      assertThat(download.readChunk()).hasSize(1000);
      Generator<?> endless = controller.generators.get(controller.generators.size() - 2);
      java.util.concurrent.CompletableFuture<Void> stopping = java.util.concurrent.CompletableFuture.runAsync(
          () -> server.stop(Duration.ofSeconds(20)));
      assertThat(endless.cancelled().await(10, TimeUnit.SECONDS)).as("the event stream ended").isTrue();
      int chunks = 1;
      while (download.readChunk() != null) {
        chunks++;
      }
      assertThat(chunks).as("the whole download").isEqualTo(3000);
      assertThat(download.closedByServer()).isTrue();
      stopping.get(20, TimeUnit.SECONDS);
    }
  }

  private record Event(String id, String type, String data) {}

  /** The parts of the event-stream format this test needs: fields until a blank line, comments skipped. */
  private static List<Event> parse(BufferedReader in) throws IOException {
    List<Event> events = new ArrayList<>();
    String id = null;
    String type = null;
    StringBuilder data = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isEmpty()) {
        if (data.length() > 0) {
          events.add(new Event(id, type, data.toString()));
        }
        data.setLength(0);
      } else if (line.startsWith("id: ")) {
        id = line.substring(4);
      } else if (line.startsWith("event: ")) {
        type = line.substring(7);
      } else if (line.startsWith("data: ")) {
        data.append(data.length() > 0 ? "\n" : "").append(line.substring(6));
      }
    }
    return events;
  }
}
