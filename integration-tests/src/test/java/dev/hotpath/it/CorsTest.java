package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Cors;
import dev.hotpath.Hotpath;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** CORS as FastAPI's CORSMiddleware; the first tests re-express FastAPI's CORS tutorial. */
class CorsTest {
  private static final String ORIGIN = "https://localhost.tiangolo.com";

  private static TestClient tutorial() {
    return TestClient.of(Hotpath.server(Apis.router()).cors(Cors.allowOrigins("http://localhost.tiangolo.com",
            ORIGIN, "http://localhost", "http://localhost:8080")
        .allowCredentials(true).allowMethods("*").allowHeaders("*")));
  }

  @Test
  void tutorialPreflight() {
    try (TestClient client = tutorial()) {
      TestResponse response = client.options("/r/").header("Origin", ORIGIN)
          .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "X-Example").send();
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("OK");
      assertThat(response.header("access-control-allow-origin")).isEqualTo(ORIGIN);
      assertThat(response.header("access-control-allow-headers")).isEqualTo("X-Example");
      assertThat(response.header("access-control-allow-credentials")).isEqualTo("true");
      assertThat(response.header("access-control-max-age")).isEqualTo("600");
    }
  }

  @Test
  void tutorialSimpleRequestAndNoOrigin() {
    try (TestClient client = tutorial()) {
      TestResponse response = client.get("/r/").header("Origin", ORIGIN).send();
      assertThat(response.body()).isEqualTo("root");
      assertThat(response.header("access-control-allow-origin")).isEqualTo(ORIGIN);
      assertThat(response.header("vary")).isEqualTo("Origin");
      TestResponse noOrigin = client.get("/r/").send();
      assertThat(noOrigin.header("access-control-allow-origin")).isNull();
    }
  }

  @Test
  void disallowedOriginsMethodsAndHeadersAreNamed() {
    try (TestClient client = TestClient.of(Hotpath.server(Apis.router())
        .cors(Cors.allowOrigins("https://app.example").allowHeaders("X-Token").maxAge(Duration.ofMinutes(1))))) {
      TestResponse method = client.options("/r/").header("Origin", "https://app.example")
          .header("Access-Control-Request-Method", "POST").send();
      assertThat(method.status()).isEqualTo(400);
      assertThat(method.body()).isEqualTo("Disallowed CORS method");
      assertThat(method.header("access-control-allow-methods")).isEqualTo("GET");
      assertThat(method.header("access-control-allow-headers"))
          .isEqualTo("Accept, Accept-Language, Content-Language, Content-Type, X-Token");
      assertThat(method.header("access-control-max-age")).isEqualTo("60");
      TestResponse origin = client.options("/r/").header("Origin", "https://evil.example")
          .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "X-Other").send();
      assertThat(origin.status()).isEqualTo(400);
      assertThat(origin.body()).isEqualTo("Disallowed CORS origin, headers");
      assertThat(origin.header("access-control-allow-origin")).isNull();
      TestResponse simple = client.get("/r/").header("Origin", "https://evil.example").send();
      assertThat(simple.body()).isEqualTo("root");
      assertThat(simple.header("access-control-allow-origin")).isNull();
    }
  }

  @Test
  void anyOriginWithoutCredentialsIsAStarAndErrorsGetHeadersToo() {
    try (TestClient client = TestClient.of(Hotpath.server(Apis.router())
        .cors(Cors.allowOrigins("*").exposeHeaders("X-Reason")))) {
      TestResponse notFound = client.get("/missing").header("Origin", "https://any.example").send();
      assertThat(notFound.status()).isEqualTo(404);
      assertThat(notFound.header("access-control-allow-origin")).isEqualTo("*");
      assertThat(notFound.header("access-control-expose-headers")).isEqualTo("X-Reason");
      assertThat(notFound.header("vary")).isNull();
      // A plain OPTIONS without Access-Control-Request-Method is no preflight: the route table answers it.
      TestResponse options = client.options("/r/").header("Origin", "https://any.example").send();
      assertThat(options.status()).isEqualTo(204);
      assertThat(options.header("allow")).isEqualTo("GET, HEAD, OPTIONS");
    }
  }
}
