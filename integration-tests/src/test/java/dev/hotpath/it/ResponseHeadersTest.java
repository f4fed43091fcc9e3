package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A route's headers are checked before they are written: one that would split the response or
 * smuggle a header (CR, LF, NUL, other controls in a value; anything but a token as a name) is a
 * 500, nothing of it reaches the socket, and the connection goes on serving.
 */
class ResponseHeadersTest {
  private Server server;

  @BeforeEach
  void start() {
    server = Hotpath.server(Apis.router()).port(0).start();
  }

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(1));
  }

  @Test
  void aValidHeaderIsWritten() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send(RawHttp.get("/r/echo-header?name=X-Note&value=" + query("a \t b"))).read();
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("x-note")).isEqualTo("a \t b");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ok\r\nX-Injected: yes", "ok\nX-Injected: yes", "ok\rX-Injected: yes", "ok\u0000",
      "ok\u0007", "\r\n\r\nHTTP/1.1 200 OK"})
  void aValueThatWouldSplitTheResponseIs500(String value) throws Exception {
    assertRefusedAndStillServing("X-Note", value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-Note: injected", "X Note", "X-Note\r\nX-Injected", "", "X(Note)", "Ünicode"})
  void aNameThatIsNotATokenIs500(String name) throws Exception {
    assertRefusedAndStillServing(name, "value");
  }

  private void assertRefusedAndStillServing(String name, String value) throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send(RawHttp.get("/r/echo-header?name=" + query(name) + "&value=" + query(value)))
          .read();
      assertThat(reply.status()).isEqualTo(500);
      assertThat(reply.body()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
      assertThat(reply.headers()).doesNotContainKeys("x-injected", "x-note");
      assertThat(raw.send(RawHttp.get("/r/")).read().body()).isEqualTo("root");
    }
  }

  private static String query(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
