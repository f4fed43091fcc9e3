package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Response;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Filters as FastAPI's HTTP middleware; the first test re-expresses FastAPI's middleware tutorial. */
class FilterTest {
  @Test
  void processTimeHeaderOnEveryResponse() {
    try (TestClient client = TestClient.of(Hotpath.server(Apis.router()).filter((request, chain) -> {
      long start = System.nanoTime();
      return chain.next(request).thenApply(response ->
          response.withHeader("X-Process-Time", Double.toString((System.nanoTime() - start) / 1e9)));
    }))) {
      for (String path : new String[] {"/r/", "/nope", "/r/boom", "/params/path/x/y", "/json/tree"}) {
        TestResponse response = client.get(path).send();
        assertThat(response.header("x-process-time")).as(path).isNotNull();
        assertThat(Double.parseDouble(response.header("x-process-time"))).isNotNegative();
      }
      assertThat(client.post("/r/items/1").send().header("x-process-time")).as("405").isNotNull();
    }
  }

  @Test
  void filtersRunInOrderAndCanShortCircuitOrReplaceTheRequest() {
    List<String> seen = new ArrayList<>();
    try (TestClient client = TestClient.of(Hotpath.server(Apis.router())
        .filter((request, chain) -> {
          seen.add("outer " + request.path());
          return chain.next(request).thenApply(response -> response.withHeader("X-Outer", "1"));
        })
        .filter((request, chain) -> {
          seen.add("inner " + request.path());
          if (request.header("authorization") == null) {
            return CompletableFuture.completedFuture(Response.status(401).header("WWW-Authenticate", "Bearer")
                .body("no token"));
          }
          return chain.next(request);
        }))) {
      TestResponse refused = client.get("/r/").send();
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.header("x-outer")).isEqualTo("1");
      assertThat(refused.body()).isEqualTo("no token");
      TestResponse allowed = client.get("/r/").header("Authorization", "Bearer t").send();
      assertThat(allowed.body()).isEqualTo("root");
      assertThat(seen).containsExactly("outer /r/", "inner /r/", "outer /r/", "inner /r/");
    }
  }
}
