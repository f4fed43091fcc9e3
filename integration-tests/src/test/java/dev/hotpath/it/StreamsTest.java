package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.it.streams.StreamsApiRouter;
import dev.hotpath.it.streams.StreamsController;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streamed bodies through TestClient: the rule that picks their encoding, and the route's mode. */
class StreamsTest {
  private final StreamsController controller = new StreamsController();
  private final TestClient client = TestClient.of(new StreamsApiRouter(controller));

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aStreamOfValuesIsJsonLinesPulledOnTheWorkerPool() {
    TestResponse response = client.get("/streams/lines?count=3").send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("content-type")).isEqualTo("application/x-ndjson");
    assertThat(response.body()).isEqualTo("{\"n\":0,\"label\":\"t0\"}\n{\"n\":1,\"label\":\"t1\"}\n"
        + "{\"n\":2,\"label\":\"t2\"}\n");
    assertThat(controller.pulledOn).hasSize(3).doesNotContain(Thread.currentThread().getName());
    assertThat(controller.closedStreams.get()).isEqualTo(1);
  }

  @Test
  void aNonBlockingRoutesStreamIsPulledOnTheEventLoop() {
    TestResponse response = client.get("/streams/inline").send();
    assertThat(response.header("content-type")).isEqualTo("text/plain; charset=utf-8");
    assertThat(response.body()).isEqualTo("a\nb\nc\n");
    // TestClient's event loop is the test's own thread
    assertThat(controller.pulledOn).containsOnly(Thread.currentThread().getName());
    assertThat(controller.closedStreams.get()).isEqualTo(1);
  }

  @Test
  void bytesAndAFutureOfAPublisher() {
    TestResponse bytes = client.get("/streams/bytes").send();
    assertThat(bytes.header("content-type")).isEqualTo("application/octet-stream");
    assertThat(bytes.bytes()).containsExactly(1, 2, 3);
    assertThat(client.get("/streams/later").send().body())
        .isEqualTo("{\"n\":0,\"label\":\"later\"}\n{\"n\":1,\"label\":\"later\"}\n");
  }

  @Test
  void serverSentEventsCarryIdTypeRetryCommentsAndJsonData() {
    TestResponse response = client.get("/streams/events?count=2").send();
    assertThat(response.header("content-type")).isEqualTo("text/event-stream");
    assertThat(response.header("cache-control")).isEqualTo("no-cache");
    assertThat(response.header("x-accel-buffering")).isEqualTo("no");
    assertThat(response.body()).isEqualTo(": first\nid: 0\nevent: tick\nretry: 3000\n"
        + "data: {\"n\":0,\"label\":\"line\\nbreak\"}\n\n"
        + "id: 1\nevent: tick\ndata: {\"n\":1,\"label\":\"line\\nbreak\"}\n\n");
  }

  @Test
  void textEventsAreWrittenAsTheyAreOneDataLinePerLine() {
    assertThat(client.get("/streams/messages").send().body())
        .isEqualTo("data: hello\ndata: world 0\n\ndata: hello\ndata: world 1\n\n");
  }

  @Test
  void headGetsTheHeadersAndTheStreamIsClosedUnread() {
    TestResponse response = client.head("/streams/lines?count=3").send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("content-type")).isEqualTo("application/x-ndjson");
    assertThat(response.bytes()).isEmpty();
    assertThat(controller.pulledOn).isEmpty();
    assertThat(controller.closedStreams.get()).isEqualTo(1);
  }

  @Test
  void responsesAfterAStreamOnTheSameConnectionFollowIt() {
    for (int i = 0; i < 3; i++) {
      assertThat(client.get("/streams/text?count=2&size=3").send().body()).isEqualTo("00\n11\n");
    }
    assertThat(new String(client.get("/streams/lines?count=1").send().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("{\"n\":0,\"label\":\"t0\"}\n");
  }

  @Test
  void aResponseOfAStreamKeepsTheRoutesHeaders() {
    TestResponse response = client.get("/streams/export.csv").send();
    assertThat(response.header("content-type")).isEqualTo("text/csv; charset=utf-8");
    assertThat(response.header("content-disposition")).isEqualTo("attachment; filename=\"ticks.csv\"");
    assertThat(response.body()).isEqualTo("n,label\n1,a\n2,b\n");
  }
}
