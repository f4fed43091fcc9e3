package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where each kind of route runs. TestClient runs the connection on the test's own thread (its
 * "event loop"), so a route that runs inline reports the test thread, and a blocking route a worker.
 */
class ModesTest {
  private final TestClient client = TestClient.of(Hotpath.server(Apis.router()).workerThreads(4));
  private final String loop = Thread.currentThread().getName();

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void plainValueRunsOnTheWorkerPool() {
    String body = client.get("/modes/blocking").send().body();
    assertThat(body).doesNotStartWith(loop + " ");
    boolean virtualThreadsAvailable = Runtime.version().feature() >= 21;
    assertThat(body).endsWith("virtual=" + virtualThreadsAvailable);
    if (!virtualThreadsAvailable) {
      assertThat(body).startsWith("hotpath-worker-");
    }
  }

  @Test
  void futureRunsInlineOnTheEventLoop() {
    assertThat(client.get("/modes/future").send().body()).isEqualTo(loop);
  }

  @Test
  void nonBlockingPlainValueRunsInline() {
    assertThat(client.get("/modes/inline").send().body()).isEqualTo(loop);
  }

  @Test
  void blockingFutureRunsOnTheWorkerPool() {
    assertThat(client.get("/modes/blocking-future").send().body()).isNotEqualTo(loop);
  }

  @Test
  void futureCompletedOnAnotherThreadIsWrittenBack() {
    assertThat(client.get("/modes/future-async").send().body()).startsWith("async from ");
  }

  @Test
  void futureShapes() {
    assertThat(client.get("/modes/future-void").send().status()).isEqualTo(204);
    TestResponse built = client.get("/modes/future-response").send();
    assertThat(built.status()).isEqualTo(203);
    assertThat(built.header("x-mode")).isEqualTo("future");
    TestResponse failed = client.get("/modes/future-failed").send();
    assertThat(failed.status()).isEqualTo(409);
    assertThat(failed.json()).isEqualTo(Map.of("detail", "Conflict in future"));
  }

  @Test
  void routeTableNamesEveryRouteWithItsMode() {
    assertThat(Apis.router().routes()).anySatisfy(route -> {
      assertThat(route.method()).isEqualTo("GET");
      assertThat(route.template()).isEqualTo("/modes/inline");
      assertThat(route.mode()).hasToString("NON_BLOCKING");
      assertThat(route.source()).isEqualTo("ModesController#inline()");
    });
  }
}
