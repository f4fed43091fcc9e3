package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Response;
import dev.hotpath.Server;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Encoded traversals never reach a route other than the one their raw segments name: paths are
 * matched as received, segment by segment (no normalisation that an encoding could trick), and
 * variables are percent-decoded exactly once.
 */
class PathSafetyTest {
  static final String[] TRAVERSALS = {
      "/r/items/../bytes", "/r/items/%2e%2e/bytes", "/r/items/%2E%2E/bytes", "/r/items/.%2e/bytes",
      "/r/items/%2e./bytes", "/r/items/..%2fbytes", "/r/items/..%2Fbytes", "/r/items/%2e%2e%2fbytes",
      "/r/items/..\\bytes", "/r/items/..%5cbytes", "/r/items/%252e%252e/bytes", "/r/items/%c0%ae%c0%ae/bytes",
      "/r/items/%c0%af", "/r/items/%e0%80%ae%e0%80%ae/bytes", "/r/items/..%00/bytes", "/r/items/%00",
      "/r/./bytes", "/r/%2e/bytes", "/./r/bytes", "/r//bytes", "/r/bytes/.", "/r/bytes/..", "/r/bytes/%2e",
      "/r/bytes;x", "/r/bytes%3b", "/r/bytes%00", "/r/bytes%20", "/r/%62ytes", "/r/BYTES", "/R/bytes",
      "/r/items/1/../../r/bytes", "/params/files/../../r/bytes", "/params/../r/bytes", "/%2e%2e/r/bytes",
      "/r/items/%2e%2e%5c%2e%2e/bytes", "/r/items/%u002e%u002e/bytes", "/r/items/..%u2215bytes",
      "/r/items/%ef%bc%8e%ef%bc%8e/bytes", "/r/items/..%c0%afbytes", "/r/items/..%c1%9cbytes",
      "/r/items/....//bytes", "/r/items/...//bytes", "/r/items/%2e%2e%2f%2e%2e%2fbytes", "/r/items/..;/bytes",
      "/r/items/..%09/bytes", "/r/items/..%0a/bytes", "/r/items/..%0d%0a/bytes", "/r/items/%00../bytes",
      "/r/items/..%ff/bytes", "/r/items/%%32%65%%32%65/bytes",
  };

  @Test
  void noTraversalReachesAnotherRoute() {
    try (TestClient client = TestClient.of(Apis.router())) {
      for (String path : TRAVERSALS) {
        TestResponse response = client.get(path).send();
        assertThat(response.header("content-type")).as(path).isNotEqualTo("application/octet-stream");
        assertThat(response.status()).as(path).isIn(200, 307, 400, 404);
        if (response.status() == 200) {
          // Only the routes the raw segments name, which get the decoded text as a value:
          // /r/items/{id} and the catch-all /params/files/{rest:path}.
          assertThat(response.body()).as(path).matches("(?s)(variable |rest=).*");
        }
      }
      assertThat(client.get("/r/bytes").send().header("content-type")).isEqualTo("application/octet-stream");
    }
  }

  @Test
  void variablesAreDecodedExactlyOnce() {
    try (TestClient client = TestClient.of(Apis.router())) {
      assertThat(client.get("/r/items/%252e%252e").send().body()).isEqualTo("variable %2e%2e");
      assertThat(client.get("/r/items/a%2Fb").send().body()).isEqualTo("variable a/b");
      assertThat(client.get("/params/files/a/%2e%2e/b").send().body()).isEqualTo("rest=a/../b");
    }
  }

  @Test
  void controlCharactersInResponseHeadersAreRefused() throws Exception {
    for (String value : new String[] {"a\r\nSet-Cookie: x=1", "a\nb", "a\u0000b"}) {
      Server server = Hotpath.server(Apis.router()).port(0).filter((request, chain) ->
          chain.next(request).thenApply(response -> response.withHeader("X-Evil", value))).start();
      try (RawHttp raw = new RawHttp(server.port())) {
        RawHttp.Reply reply = raw.send(RawHttp.get("/r/")).read();
        assertThat(reply.status()).as(value).isEqualTo(500);
        assertThat(reply.header("set-cookie")).isNull();
      } finally {
        server.stop(Duration.ofSeconds(1));
      }
    }
    assertThat(Response.ok("x").withHeader("fine", "ok").header("fine")).isEqualTo("ok");
  }
}
