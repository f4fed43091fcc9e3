package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Builder settings that change behaviour: compression, lifecycle hooks, validation of values. */
class ServerSettingsTest {
  @Test
  void compressionGzipsLargeEnoughResponsesForClientsThatAcceptIt() throws Exception {
    String rest = "a".repeat(600);
    try (TestClient client = TestClient.of(Hotpath.server(Apis.router()).compression(true))) {
      assertThat(client.get("/params/files/" + rest).send().header("content-encoding")).isNull();
      TestResponse small = client.get("/r/items/abc").header("Accept-Encoding", "gzip").send();
      assertThat(small.header("content-encoding")).as("below the 500-byte minimum").isNull();
      TestResponse large = client.get("/params/files/" + rest).header("Accept-Encoding", "gzip").send();
      assertThat(large.header("content-encoding")).isEqualTo("gzip");
      assertThat(gunzip(large.bytes())).isEqualTo("rest=" + rest);
      TestResponse image = client.get("/r/image").header("Accept-Encoding", "gzip, deflate").send();
      assertThat(image.header("content-encoding")).as("already compressed types are left alone").isNull();
      assertThat(image.bytes()).hasSize(2048);
    }
    try (TestClient client = TestClient.of(Hotpath.server(Apis.router()).compression(0))) {
      TestResponse deflated = client.get("/r/items/abc").header("Accept-Encoding", "deflate").send();
      assertThat(deflated.header("content-encoding")).isEqualTo("deflate");
    }
  }

  @Test
  void gzippedRequestBodiesAreInflatedWithinTheBodyLimit() throws Exception {
    try (TestClient client = TestClient.of(Hotpath.server(Apis.router()).compression(true).maxBodySize(10_000))) {
      TestResponse inflated = client.post("/json/bytes-body").header("Content-Encoding", "gzip")
          .body("application/json", gzip("[\"a\",\"b\",\"c\"]")).send();
      assertThat(inflated.body()).isEqualTo("3");
      byte[] bomb = gzip("[" + "\"x\",".repeat(50_000) + "\"x\"]"); // ~250 KB inflated from ~1 KB
      assertThat(bomb.length).isLessThan(10_000);
      TestResponse refused = client.post("/json/bytes-body").header("Content-Encoding", "gzip")
          .body("application/json", bomb).send();
      assertThat(refused.status()).isEqualTo(413);
    }
  }

  private static String gunzip(byte[] bytes) throws Exception {
    return new String(new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes(), StandardCharsets.UTF_8);
  }

  private static byte[] gzip(String text) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void onStartRunsBeforeServingAndOnStopAfter() throws Exception {
    List<String> events = new ArrayList<>();
    Server server = Hotpath.server(Apis.router()).port(0)
        .onStart(() -> events.add("start"))
        .onStop(() -> events.add("stop database"))
        .onStop(() -> events.add("stop cache"))
        .start();
    try (RawHttp raw = new RawHttp(server.port())) {
      assertThat(raw.send(RawHttp.get("/r/")).read().body()).isEqualTo("root");
    }
    assertThat(events).containsExactly("start");
    server.stop(Duration.ofSeconds(1));
    assertThat(events).containsExactly("start", "stop cache", "stop database"); // reverse order
    server.stop(Duration.ofSeconds(1)); // idempotent
    assertThat(events).containsExactly("start", "stop cache", "stop database");
  }

  @Test
  void failingOnStartAbortsStart() {
    assertThatThrownBy(() -> Hotpath.server(Apis.router()).port(0)
        .onStart(() -> {
          throw new IllegalStateException("no database");
        }).start()).isInstanceOf(IllegalStateException.class)
        .hasMessage("Server not started: an onStart hook failed: no database")
        .hasRootCauseMessage("no database");
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> Hotpath.server(Apis.router()).port(70000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be 0..65535, was 70000");
    assertThatThrownBy(() -> Hotpath.server(Apis.router()).maxConcurrency(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hotpath.server().start()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A server needs at least one router");
  }
}
