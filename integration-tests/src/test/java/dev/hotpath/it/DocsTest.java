package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.ServerBuilder;
import dev.hotpath.it.deps.BiggerApiRouter;
import dev.hotpath.it.deps.ItemsController;
import dev.hotpath.it.deps.Tokens;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /openapi.json, /docs and /redoc, as FastAPI serves them, from the class path and off the route table. */
class DocsTest {
  private static TestClient client(ServerBuilder builder) {
    return TestClient.of(builder);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> document(TestResponse response) {
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("content-type")).isEqualTo("application/json");
    return (Map<String, Object>) response.json();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDocumentIsServedAsWrittenAtCompileTime() {
    try (TestClient client = client(Hotpath.server(Apis.router()))) {
      Map<String, Object> document = document(client.get("/openapi.json").send());
      assertThat(document).containsEntry("openapi", "3.1.0").doesNotContainKey("servers");
      assertThat((Map<String, Object>) document.get("paths")).containsKeys("/params/path/{id}/{name}", "/params/files/{rest}", "/json/items");
      assertThat(client.head("/openapi.json").send().status()).isEqualTo(200);
      TestResponse post = client.post("/openapi.json").send();
      assertThat(post.status()).isEqualTo(405);
      assertThat(post.header("allow")).isEqualTo("GET, HEAD");
    }
  }

  @Test
  void swaggerUiAndRedocComeFromTheClassPathWithRelativeUrls() {
    try (TestClient client = client(Hotpath.server(Apis.router()))) {
      TestResponse docs = client.get("/docs").send();
      assertThat(docs.status()).isEqualTo(200);
      assertThat(docs.header("content-type")).isEqualTo("text/html; charset=utf-8");
      assertThat(docs.body()).contains("src=\"docs/swagger-ui-bundle.js\"", "href=\"docs/swagger-ui.css\"",
          "src=\"docs/hotpath-init.js\"").doesNotContain("http://", "https://", "cdn");
      assertThat(client.get("/docs/hotpath-init.js").send().body()).contains("url: 'openapi.json'");
      TestResponse bundle = client.get("/docs/swagger-ui-bundle.js").send();
      assertThat(bundle.status()).isEqualTo(200);
      assertThat(bundle.header("content-type")).isEqualTo("text/javascript; charset=utf-8");
      assertThat(bundle.bytes().length).isGreaterThan(500_000);
      assertThat(client.get("/docs/swagger-ui.css").send().header("content-type")).isEqualTo("text/css; charset=utf-8");
      assertThat(client.get("/docs/favicon-32x32.png").send().header("content-type")).isEqualTo("image/png");

      TestResponse redoc = client.get("/redoc").send();
      assertThat(redoc.body()).contains("<redoc spec-url=\"openapi.json\">", "src=\"redoc/redoc.standalone.js\"");
      assertThat(client.get("/redoc/redoc.standalone.js").send().bytes().length).isGreaterThan(500_000);

      TestResponse slash = client.get("/docs/").send();
      assertThat(slash.status()).isEqualTo(307);
      assertThat(slash.header("location")).isEqualTo("../docs");
    }
  }

  @Test
  void onlyTheListedAssetsAreServed() {
    try (TestClient client = client(Hotpath.server(Apis.router()))) {
      for (String path : List.of("/docs/index.html", "/docs/../pom.properties", "/docs/%2e%2e/openapi.json",
          "/docs/swagger-ui.js", "/redoc/redoc.lib.js", "/docs/swagger-ui-bundle.js/x", "/docs//swagger-ui.css")) {
        assertThat(client.get(path).send().status()).as(path).isEqualTo(404);
      }
    }
  }

  @Test
  void behindAProxyThePrefixGoesIntoServers() {
    try (TestClient client = client(Hotpath.server(Apis.router()))) {
      Map<String, Object> proxied = document(client.get("/openapi.json").header("X-Forwarded-Prefix", "/api/v1").send());
      assertThat(proxied.get("servers")).isEqualTo(List.of(Map.of("url", "/api/v1")));
      for (String hostile : List.of("/api\"><script>", "javascript:alert(1)", "/a b", "/" + "x".repeat(300))) {
        assertThat(document(client.get("/openapi.json").header("X-Forwarded-Prefix", hostile).send()))
            .as(hostile).doesNotContainKey("servers");
      }
    }
    try (TestClient client = client(Hotpath.server(Apis.router()).rootPath("/store"))) {
      assertThat(document(client.get("/openapi.json").send()).get("servers")).isEqualTo(List.of(Map.of("url", "/store")));
    }
  }

  @Test
  void pathsAreConfigurableAndEachCanBeSwitchedOff() {
    try (TestClient client = client(Hotpath.server(Apis.router()).openApiUrl("/meta/openapi.json")
        .docsUrl("/internal/swagger").redocUrl(null))) {
      assertThat(client.get("/openapi.json").send().status()).isEqualTo(404);
      assertThat(document(client.get("/meta/openapi.json").send())).containsKey("paths");
      assertThat(client.get("/internal/swagger").send().body()).contains("src=\"swagger/swagger-ui-bundle.js\"");
      assertThat(client.get("/internal/swagger/hotpath-init.js").send().body())
          .contains("url: '../meta/openapi.json'");
      assertThat(client.get("/internal/swagger/swagger-ui-bundle.js").send().status()).isEqualTo(200);
      assertThat(client.get("/redoc").send().status()).isEqualTo(404);
    }
    try (TestClient client = client(Hotpath.server(Apis.router()).openApiUrl(null))) {
      for (String path : List.of("/openapi.json", "/docs", "/redoc", "/docs/swagger-ui-bundle.js")) {
        assertThat(client.get(path).send().status()).as(path).isEqualTo(404);
      }
    }
  }

  @Test
  void severalRoutersServeOneMergedDocument() {
    try (TestClient client = client(Hotpath.server(Apis.router(), new BiggerApiRouter(new ItemsController(),
        new Tokens())))) {
      @SuppressWarnings("unchecked")
      Map<String, Object> paths = (Map<String, Object>) document(client.get("/openapi.json").send()).get("paths");
      assertThat(paths).containsKeys("/params/path/{id}/{name}", "/items/", "/items/{itemId}");
    }
  }
}
