package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Routing rules and FastAPI's error responses, through the generated router and TestClient. */
class RoutingTest {
  private final TestClient client = TestClient.of(Apis.router());

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void literalSegmentWinsOverVariableWhateverTheDeclarationOrder() {
    assertThat(client.get("/r/items/new").send().body()).isEqualTo("literal new");
    assertThat(client.get("/r/items/old").send().body()).isEqualTo("variable old");
  }

  @Test
  void routesWithTheSameShapeShareAPathAcrossMethods() {
    assertThat(client.put("/r/items/5").send().body()).isEqualTo("put 5");
    TestResponse patched = client.patch("/r/items/5").send();
    assertThat(patched.status()).isEqualTo(202);
    assertThat(patched.body()).isEqualTo("patch 5");
    TestResponse deleted = client.delete("/r/items/5").send();
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.bytes()).isEmpty();
  }

  @Test
  void unknownPathIs404() {
    for (String path : new String[] {"/nope", "/r/items", "/r/items/1/extra", "/r//items", "/", "/r/items//"}) {
      TestResponse response = client.get(path).send();
      assertThat(response.status()).as(path).isEqualTo(404);
      assertThat(response.json()).as(path).isEqualTo(Map.of("detail", "Not Found"));
    }
  }

  @Test
  void knownPathWrongMethodIs405WithAllow() {
    TestResponse response = client.post("/r/items/1").send();
    assertThat(response.status()).isEqualTo(405);
    assertThat(response.json()).isEqualTo(Map.of("detail", "Method Not Allowed"));
    assertThat(response.header("allow")).isEqualTo("GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
  }

  @Test
  void headAnswersEveryGetRouteWithHeadersOnly() {
    TestResponse get = client.get("/r/items/abc").send();
    TestResponse head = client.head("/r/items/abc").send();
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.bytes()).isEmpty();
    assertThat(head.header("content-length")).isEqualTo(get.header("content-length")).isEqualTo("12");
    assertThat(head.header("content-type")).isEqualTo("text/plain; charset=utf-8");
  }

  @Test
  void optionsAnswersWithAllow() {
    TestResponse response = client.options("/r/things/").send();
    assertThat(response.status()).isEqualTo(204);
    assertThat(response.header("allow")).isEqualTo("POST, OPTIONS");
  }

  @Test
  void trailingSlashMismatchRedirectsWith307KeepingTheQuery() {
    TestResponse toSlash = client.post("/r/things?x=1&y=2").send();
    assertThat(toSlash.status()).isEqualTo(307);
    assertThat(toSlash.header("location")).isEqualTo("/r/things/?x=1&y=2");
    TestResponse fromSlash = client.get("/r/bytes/").send();
    assertThat(fromSlash.status()).isEqualTo(307);
    assertThat(fromSlash.header("location")).isEqualTo("/r/bytes");
    assertThat(client.get("/r").send().header("location")).isEqualTo("/r/");
  }

  @Test
  void statusAndHeadersFromResponse() {
    TestResponse response = client.post("/r/things/").send();
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("location")).isEqualTo("/r/things/1");
    assertThat(response.body()).isEqualTo("created");
  }

  @Test
  void bytesAreOctetStream() {
    TestResponse response = client.get("/r/bytes").send();
    assertThat(response.header("content-type")).isEqualTo("application/octet-stream");
    assertThat(response.bytes()).containsExactly(1, 2, 3);
  }

  @Test
  void httpExceptionGivesItsStatusDetailAndHeaders() {
    TestResponse response = client.get("/r/missing").send();
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json()).isEqualTo(Map.of("detail", "Item not found"));
    assertThat(response.header("x-reason")).isEqualTo("gone");
  }

  @Test
  void anyOtherExceptionIs500WithoutDetails() {
    TestResponse response = client.get("/r/boom").send();
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.json()).isEqualTo(Map.of("detail", "Internal Server Error"));
    assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalState");
  }

  @Test
  void aNullResponseIs500() {
    assertThat(client.get("/r/null-response").send().status()).isEqualTo(500);
  }

  @Test
  void keepAliveByDefaultAndCloseWhenAsked() {
    assertThat(client.get("/r/").send().header("connection")).isNull();
    assertThat(client.connectionOpen()).isTrue();
    TestResponse response = client.get("/r/").header("Connection", "close").send();
    assertThat(response.header("connection")).isEqualTo("close");
    assertThat(client.connectionOpen()).isFalse();
  }
}
