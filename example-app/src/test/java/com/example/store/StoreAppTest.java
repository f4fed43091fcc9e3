package com.example.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The example store through TestClient, each test on a fresh in-memory database. */
class StoreAppTest {
  private static final String JSON = "application/json";
  private final ItemRepository repository = ItemRepository.inMemory("test-" + UUID.randomUUID());
  private final Mailer mailer = new Mailer();
  private final TestClient client;

  StoreAppTest() {
    StoreApp.seed(repository);
    client = TestClient.of(StoreApp.configure(repository, mailer));
  }

  @AfterEach
  void close() {
    client.close();
    repository.close();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(TestResponse response) {
    assertThat(response.status()).isEqualTo(422);
    return (List<Map<String, Object>>) ((Map<String, Object>) response.json()).get("detail");
  }

  @Test
  void listsPagesAndFilters() {
    assertThat(client.get("/items/?limit=2").send().body()).isEqualTo("{\"items\":["
        + "{\"id\":1,\"name\":\"Espresso cup\",\"price\":7.50,\"tags\":[\"cups\"]},"
        + "{\"id\":2,\"name\":\"Moka pot\",\"price\":34.90,\"tags\":[\"brewers\",\"stovetop\"]}],"
        + "\"limit\":2,\"offset\":0,\"total\":3}");
    assertThat(client.get("/items/?q=MOKA").send().json())
        .isEqualTo(Map.of("items", List.of(Map.of("id", 2L, "name", "Moka pot", "price", 34.9,
            "tags", List.of("brewers", "stovetop"))), "limit", 10L, "offset", 0L, "total", 1L));
    assertThat(errors(client.get("/items/?limit=500").send())).extracting(e -> e.get("type"))
        .containsExactly("less_than_equal");
    assertThat(client.get("/items").send().status()).isEqualTo(307);
  }

  @Test
  void readsOneOr404() {
    assertThat(client.get("/items/2").send().body())
        .isEqualTo("{\"id\":2,\"name\":\"Moka pot\",\"price\":34.90,\"tags\":[\"brewers\",\"stovetop\"]}");
    TestResponse missing = client.get("/items/99").send();
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json()).isEqualTo(Map.of("detail", "Item not found"));
  }

  @Test
  void createsReplacesThenDeletes() {
    TestResponse created = client.post("/items/").body(JSON,
        "{\"name\":\"French press\",\"price\":29.5,\"tags\":[\"brewers\"]}").send();
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("location")).isEqualTo("/items/4");
    assertThat(created.body()).isEqualTo("{\"id\":4,\"name\":\"French press\",\"price\":29.5,\"tags\":[\"brewers\"]}");
    for (int i = 0; i < 100 && mailer.sent().isEmpty(); i++) {
      sleep(); // the mail goes out after the response, on the worker pool
    }
    assertThat(mailer.sent()).containsExactly("catalogue@example.com: New item 4: French press");
    TestResponse replaced = client.put("/items/4").body(JSON, "{\"name\":\"Press\",\"price\":\"31.00\",\"tags\":[]}")
        .send();
    assertThat(replaced.body()).isEqualTo("{\"id\":4,\"name\":\"Press\",\"price\":31.00,\"tags\":[]}");
    assertThat(client.get("/items/4").send().body()).isEqualTo(replaced.body());
    assertThat(client.put("/items/99").body(JSON, "{\"name\":\"x\",\"price\":1,\"tags\":[]}").send().status())
        .isEqualTo(404);
    assertThat(client.delete("/items/4").send().status()).isEqualTo(204);
    assertThat(client.delete("/items/4").send().status()).isEqualTo(404);
  }

  @Test
  void invalidItemsAre422WithEveryError() {
    TestResponse response = client.post("/items/").body(JSON, "{\"name\":\" \",\"price\":0,\"tags\":[\"\"]}").send();
    assertThat(errors(response)).extracting(e -> e.get("type"), e -> e.get("loc")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("string_too_short", List.of("body", "name")),
        org.assertj.core.groups.Tuple.tuple("greater_than", List.of("body", "price")),
        org.assertj.core.groups.Tuple.tuple("string_too_short", List.of("body", "tags", 0L)));
    assertThat(errors(client.post("/items/").body(JSON, "{\"name\":\"x\"").send())).extracting(e -> e.get("type"))
        .containsExactly("json_invalid");
    assertThat(client.post("/items/").body("text/plain", "name=x").send().status()).isEqualTo(415);
  }

  @Test
  void priceComposesFuturesInTheAskedCurrency() {
    assertThat(client.get("/items/2/price").send().body()).isEqualTo("{\"itemId\":2,\"amount\":34.90,\"currency\":\"EUR\"}");
    assertThat(client.get("/items/2/price").header("X-Currency", "USD").send().body())
        .isEqualTo("{\"itemId\":2,\"amount\":37.69,\"currency\":\"USD\"}");
    assertThat(client.get("/items/99/price").send().status()).isEqualTo(404);
    TestResponse unknown = client.get("/items/2/price").header("X-Currency", "XYZ").send();
    assertThat(errors(unknown)).first().satisfies(error -> assertThat(error)
        .containsEntry("msg", "Input should be 'EUR', 'USD', 'GBP' or 'CHF'")
        .containsEntry("loc", List.of("header", "X-Currency")));
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void corsCompressionAndMetricsAsConfigured() {
    TestResponse preflight = client.options("/items/").header("Origin", "http://localhost:5173")
        .header("Access-Control-Request-Method", "POST").send();
    assertThat(preflight.status()).isEqualTo(200);
    assertThat(preflight.header("access-control-allow-origin")).isEqualTo("http://localhost:5173");
    assertThat(client.get("/items/").header("Accept-Encoding", "gzip").send().header("content-encoding"))
        .isNull(); // 250 bytes: below the minimum
    TestResponse metrics = client.get("/metrics").send();
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("hotpath_requests_active");
  }

  @Test
  void health() {
    assertThat(client.get("/health").send().body()).isEqualTo("{\"status\":\"ok\"}");
  }

  // Dependencies: the current user from the Authorization header, a transaction per request

  private TestResponse asAlice(String method, String path) {
    return client.request(method, path).header("Authorization", "Bearer alice-token").send();
  }

  @Test
  void theCurrentUserComesFromTheBearerToken() {
    assertThat(asAlice("GET", "/users/me").json()).isEqualTo(Map.of("id", 1L, "name", "Alice"));
    assertThat(client.get("/users/me").header("Authorization", "bearer bob-token").send().json())
        .isEqualTo(Map.of("id", 2L, "name", "Bob"));
    TestResponse anonymous = client.get("/users/me").send();
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("www-authenticate")).isEqualTo("Bearer");
    assertThat(anonymous.json()).isEqualTo(Map.of("detail", "Not authenticated"));
    TestResponse wrong = client.get("/users/me").header("Authorization", "Bearer nobody").send();
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json()).isEqualTo(Map.of("detail", "Invalid token"));
  }

  @Test
  void aFailedRequestIsRolledBackAndASuccessfulOneCommitted() {
    TestResponse added = asAlice("POST", "/users/me/favorites/2");
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json()).isEqualTo(List.of(2L));
    assertThat(asAlice("POST", "/users/me/favorites/2").status()).as("already a favourite").isEqualTo(200);
    // The row for item 99 is written, then the route answers 404: the transaction is rolled back.
    assertThat(asAlice("POST", "/users/me/favorites/99").status()).isEqualTo(404);
    assertThat(asAlice("GET", "/users/me/favorites").json()).isEqualTo(List.of(2L));
    assertThat(client.get("/users/me/favorites").header("Authorization", "Bearer bob-token").send().json())
        .isEqualTo(List.of());
  }

  @Test
  void uploadsAndServesTheUsersAvatar() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    TestResponse uploaded = client.post("/users/me/avatar").header("Authorization", "Bearer alice-token")
        .file("file", "me.png", "image/png", png).send();
    assertThat(uploaded.status()).isEqualTo(201);
    assertThat(uploaded.json()).isEqualTo(Map.of("filename", "me.png", "contentType", "image/png", "size", 11L));
    TestResponse avatar = client.get("/users/me/avatar").header("Authorization", "Bearer alice-token").send();
    assertThat(avatar.header("content-type")).as(avatar.body()).isEqualTo("image/png");
    assertThat(avatar.bytes()).isEqualTo(png);
    assertThat(client.get("/users/me/avatar").header("Authorization", "Bearer bob-token").send().status())
        .isEqualTo(404);
  }

  @Test
  void refusesAvatarsThatAreNotImagesTooLargeMissingOrAnonymous() {
    assertThat(client.post("/users/me/avatar").header("Authorization", "Bearer alice-token")
        .file("file", "notes.txt", "text/plain", new byte[10]).send().status()).isEqualTo(415);
    assertThat(client.post("/users/me/avatar").header("Authorization", "Bearer alice-token")
        .file("file", "huge.png", "image/png", new byte[600 * 1024]).send().status()).isEqualTo(413);
    assertThat(client.post("/users/me/avatar").header("Authorization", "Bearer alice-token")
        .file("file", "enormous.png", "image/png", new byte[2 * 1024 * 1024]).send().status()).isEqualTo(413);
    TestResponse missing = client.post("/users/me/avatar").header("Authorization", "Bearer alice-token")
        .multipart().form("other", "x").send();
    assertThat(errors(missing)).extracting(e -> e.get("loc")).containsExactly(List.of("body", "file"));
    assertThat(client.post("/users/me/avatar").file("file", "me.png", "image/png", new byte[3]).send().status())
        .isEqualTo(401);
  }

  @Test
  void exportsTheCatalogueAsCsv() {
    client.post("/items/").body(JSON, "{\"name\":\"Cup, \\\"large\\\"\",\"price\":9.5,\"tags\":[\"a\",\"b\"]}")
        .send();
    TestResponse csv = client.get("/items/export.csv").send();
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("content-type")).isEqualTo("text/csv; charset=utf-8");
    assertThat(csv.header("content-disposition")).isEqualTo("attachment; filename=\"items.csv\"");
    assertThat(csv.body()).isEqualTo("id,name,price,tags\r\n"
        + "1,Espresso cup,7.50,cups\r\n"
        + "2,Moka pot,34.90,brewers;stovetop\r\n"
        + "3,\"Coffee beans, 1 kg\",21.00,\r\n"
        + "4,\"Cup, \"\"large\"\"\",9.50,a;b\r\n");
  }

  @Test
  void servesItsPage() {
    TestResponse page = client.get("/ui/").send();
    assertThat(page.header("content-type")).isEqualTo("text/html; charset=utf-8");
    assertThat(page.body()).contains("new EventSource(\"/items/events\")");
    assertThat(client.get("/ui/store.css").send().header("content-type")).isEqualTo("text/css; charset=utf-8");
  }
}
