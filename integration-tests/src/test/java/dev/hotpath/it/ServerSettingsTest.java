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
  void compressionGzipsForClientsThatAcceptIt() throws Exception {
    try (TestClient client = TestClient.of(Hotpath.server(Apis.router()).compression(true))) {
      TestResponse plain = client.get("/r/items/abc").send();
      assertThat(plain.header("content-encoding")).isNull();
      TestResponse gzipped = client.get("/r/items/abc").header("Accept-Encoding", "gzip").send();
      assertThat(gzipped.header("content-encoding")).isEqualTo("gzip");
      byte[] body = new GZIPInputStream(new ByteArrayInputStream(gzipped.bytes())).readAllBytes();
      assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("variable abc");
    }
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
        }).start()).hasMessage("no database");
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
