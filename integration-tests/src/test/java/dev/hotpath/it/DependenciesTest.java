package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hotpath.it.deps.BiggerApiRouter;
import dev.hotpath.it.deps.Checks;
import dev.hotpath.it.deps.CommonProviders;
import dev.hotpath.it.deps.DepsApiRouter;
import dev.hotpath.it.deps.ItemsController;
import dev.hotpath.it.deps.Resources;
import dev.hotpath.it.deps.ScopesController;
import dev.hotpath.it.deps.Threads;
import dev.hotpath.it.deps.ThreadsController;
import dev.hotpath.it.deps.Tokens;
import dev.hotpath.it.deps.Values.CommonParams;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's dependency tutorials re-expressed, with FastAPI's own expected answers; caching,
 * cleanup, execution modes and overriding a provider, through TestClient.
 */
class DependenciesTest {
  private final CommonProviders common = new CommonProviders();
  private final Resources resources = new Resources();
  private final ThreadsController threads = new ThreadsController();
  private final TestClient client = TestClient.of(router(common));

  private DepsApiRouter router(CommonProviders providers) {
    return new DepsApiRouter(new dev.hotpath.it.deps.TutorialController(), new ScopesController(resources), threads,
        providers, new Checks(), resources, new Threads());
  }

  @AfterEach
  void close() {
    client.close();
  }

  // Tutorial: Dependencies - First Steps (shared query parameters on two routes)

  @Test
  void sharedPagingParametersOnTwoRoutes() {
    Map<String, Object> defaults = new java.util.LinkedHashMap<>();
    defaults.put("q", null);
    defaults.put("skip", 0L);
    defaults.put("limit", 100L);
    assertThat(client.get("/items/").send().json()).isEqualTo(defaults);
    assertThat(client.get("/items/?q=foo&skip=5&limit=30").send().json())
        .isEqualTo(Map.of("q", "foo", "skip", 5L, "limit", 30L));
    assertThat(client.get("/users/?q=bar&limit=1").send().json())
        .isEqualTo(Map.of("q", "bar", "skip", 0L, "limit", 1L));
  }

  @Test
  void aProviderValidatesItsParametersAsARouteWould() {
    TestResponse response = client.get("/items/?skip=x&limit=5000").send();
    assertThat(ParamsTest.details(response)).extracting(e -> e.get("type"), e -> e.get("loc"), e -> e.get("input"))
        .containsExactly(
            tuple("int_parsing", List.of("query", "skip"), "x"),
            tuple("less_than_equal", List.of("query", "limit"), 5000L));
  }

  @Test
  void aProviderReadsTheBodyAndItsErrorsComeBeforeTheRoutesOwn() {
    assertThat(client.post("/orders?priority=2").body("application/json", "{\"item\":\" cup \",\"quantity\":3}")
        .send().body()).isEqualTo("3 x cup at 2");
    TestResponse invalid = client.post("/orders").body("application/json", "{\"item\":\" \",\"quantity\":0}").send();
    assertThat(ParamsTest.details(invalid)).extracting(e -> e.get("type"), e -> e.get("loc"))
        .containsExactly(
            tuple("string_too_short", List.of("body", "item")),
            tuple("greater_than", List.of("body", "quantity")),
            tuple("missing", List.of("query", "priority")));
  }

  @Test
  void aProviderReadsAPathVariableOfTheRouteUsingIt() {
    assertThat(client.get("/users/7/profile").send().body()).isEqualTo("profile 7");
    assertThat(ParamsTest.onlyError(client.get("/users/seven/profile").send()))
        .containsEntry("type", "int_parsing").containsEntry("loc", List.of("path", "userId"));
  }

  // Tutorial: Dependencies in path operation decorators (verify_token, verify_key)

  @Test
  void decoratorDependenciesAnswerAsFastApiDoes() {
    TestResponse ok = client.get("/checked/items/").header("X-Token", "fake-super-secret-token")
        .header("X-Key", "fake-super-secret-key").send();
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json()).isEqualTo(List.of(Map.of("item", "Foo"), Map.of("item", "Bar")));

    TestResponse noHeaders = client.get("/checked/items/").send();
    assertThat(ParamsTest.details(noHeaders)).extracting(e -> e.get("type"), e -> e.get("loc"), e -> e.get("msg"))
        .containsExactly(
            tuple("missing", List.of("header", "x-token"), "Field required"),
            tuple("missing", List.of("header", "x-key"), "Field required"));

    TestResponse badToken = client.get("/checked/items/").header("X-Token", "invalid")
        .header("X-Key", "fake-super-secret-key").send();
    assertThat(badToken.status()).isEqualTo(400);
    assertThat(badToken.json()).isEqualTo(Map.of("detail", "X-Token header invalid"));

    TestResponse badKey = client.get("/checked/items/").header("X-Token", "fake-super-secret-token")
        .header("X-Key", "invalid").send();
    assertThat(badKey.status()).isEqualTo(400);
    assertThat(badKey.json()).isEqualTo(Map.of("detail", "X-Key header invalid"));
  }

  @Test
  void anExceptionWinsOverAnotherProvidersMissingInput() {
    // verify_token is skipped (its header is missing, the error kept); verify_key then raises: the 400 answers.
    TestResponse response = client.get("/checked/items/").header("X-Key", "invalid").send();
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json()).isEqualTo(Map.of("detail", "X-Key header invalid"));
  }

  @Test
  void aCheckThatReturnsAValueCanBeAParameterToo() {
    assertThat(client.get("/checked/key").header("X-Token", "fake-super-secret-token")
        .header("X-Key", "fake-super-secret-key").send().body()).isEqualTo("fake-super-secret-key");
  }

  // Tutorial: Bigger Applications (an app-level query token and a router-level header token)

  @Test
  void appAndRouterLevelDependenciesInFastApisOrder() {
    try (TestClient bigger = TestClient.of(new BiggerApiRouter(new ItemsController(), new Tokens()))) {
      String header = "X-Token";
      String secret = "fake-super-secret-token";
      TestResponse items = bigger.get("/items/?token=jessica").header(header, secret).send();
      assertThat(items.status()).isEqualTo(200);
      assertThat(items.json()).isEqualTo(Map.of("plumbus", Map.of("name", "Plumbus"), "gun",
          Map.of("name", "Portal Gun")));
      assertThat(bigger.get("/items/plumbus?token=jessica").header(header, secret).send().json())
          .isEqualTo(Map.of("name", "Plumbus", "item_id", "plumbus"));
      TestResponse notFound = bigger.get("/items/bar?token=jessica").header(header, secret).send();
      assertThat(notFound.status()).isEqualTo(404);
      assertThat(notFound.json()).isEqualTo(Map.of("detail", "Item not found"));

      // The app-level check comes first: a wrong token answers even without the header.
      TestResponse wrongToken = bigger.get("/items/?token=konrad").send();
      assertThat(wrongToken.status()).isEqualTo(400);
      assertThat(wrongToken.json()).isEqualTo(Map.of("detail", "No Jessica token provided"));
      // A missing token is kept; the router-level check then raises, and its 400 answers.
      TestResponse badHeader = bigger.get("/items/").header(header, "invalid").send();
      assertThat(badHeader.status()).isEqualTo(400);
      assertThat(badHeader.json()).isEqualTo(Map.of("detail", "X-Token header invalid"));
      // Nothing raised: every error, app-level first.
      assertThat(ParamsTest.details(bigger.get("/items/").send())).extracting(e -> e.get("loc"))
          .containsExactly(List.of("query", "token"), List.of("header", "x-token"));
      assertThat(ParamsTest.onlyError(bigger.get("/items/").header(header, secret).send()))
          .containsEntry("loc", List.of("query", "token")).containsEntry("input", null);
    }
  }

  // Caching and overriding

  @Test
  void aProviderNeededThreeTimesRunsOncePerRequest() {
    assertThat(client.get("/cached?skip=10&limit=20").send().body()).isEqualTo("10-30 page 1 of 20");
    assertThat(common.commonCalls.get()).isEqualTo(1);
    client.get("/cached").send();
    assertThat(common.commonCalls.get()).isEqualTo(2);
  }

  @Test
  void aTestReplacesAProviderByPassingAnotherInstance() {
    CommonProviders fake = new CommonProviders() {
      @Override
      public CommonParams common(Optional<String> q, int skip, int limit) {
        return new CommonParams("fake", 1, 2);
      }
    };
    try (TestClient overridden = TestClient.of(router(fake))) {
      assertThat(overridden.get("/users/?q=real").send().json()).isEqualTo(Map.of("q", "fake", "skip", 1L, "limit", 2L));
      assertThat(overridden.get("/cached").send().body()).isEqualTo("1-3 page 1 of 2");
    }
  }

  // Scoped: FastAPI's dependencies with yield

  @Test
  void scopedValuesCloseAfterTheResponseInReverseOrder() throws InterruptedException {
    assertThat(client.get("/scoped/ok").send().body()).isEqualTo("ok 1 s");
    assertThat(events(6)).containsExactly("open db", "begin", "open session", "route", "close session", "commit",
        "close db");
  }

  @Test
  void aFailingRouteClosesWithItsFailure() throws InterruptedException {
    assertThat(client.get("/scoped/fail").send().status()).isEqualTo(500);
    assertThat(events(5)).containsExactly("open db", "begin", "route", "rollback IllegalStateException", "close db");
    assertThat(client.get("/scoped/async-fail").send().status()).isEqualTo(409);
    assertThat(events(4)).containsExactly("open db", "begin", "rollback HttpException", "close db");
  }

  @Test
  void aRouteWhoseOwnInputIsMissingStillClosesWhatItsProvidersOpened() throws InterruptedException {
    assertThat(ParamsTest.onlyError(client.get("/scoped/missing").send())).containsEntry("loc",
        List.of("query", "required"));
    assertThat(events(4)).containsExactly("open db", "begin", "rollback RequestValidationException", "close db");
  }

  @Test
  void aFailingCloseIsLoggedAndHidesNothing() throws InterruptedException {
    try (LogCapture log = LogCapture.of("dev.hotpath.server", java.util.logging.Level.SEVERE)) {
      TestResponse response = client.get("/scoped/fragile").send();
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("fine");
      assertThat(events(4)).containsExactly("open db", "begin", "commit", "close db");
      assertThat(log.messages()).anyMatch(message -> message.startsWith("Closing a Scoped value of route GET /scoped/fragile"));
    }
  }

  /** The events of one request, up to its last close ("close db"). */
  private List<String> events(int expected) throws InterruptedException {
    List<String> seen = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    String event;
    while ((event = resources.events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
      seen.add(event);
      if (event.equals("close db")) {
        break;
      }
    }
    return seen;
  }

  // Execution modes

  @Test
  void eachProviderRunsInItsOwnModeWithoutNeedlessHops() {
    Thread loop = Thread.currentThread(); // TestClient's event loop is the calling thread
    client.get("/threads/async-then-blocking").send();
    List<Thread> seen = threads.last.get();
    assertThat(seen.get(0)).as("the non-blocking provider runs on the event loop").isSameAs(loop);
    assertThat(seen.get(1)).as("the blocking provider hops to the pool").isNotSameAs(loop);
    assertThat(seen.get(2)).as("the blocking route stays where the provider ran").isSameAs(seen.get(1));

    client.get("/threads/blocking-then-async").send();
    seen = threads.last.get();
    assertThat(seen.get(0)).isNotSameAs(loop);
    assertThat(seen.get(1)).as("a non-blocking route after a blocking provider stays on the worker").isSameAs(seen.get(0));

    client.get("/threads/inline").send();
    assertThat(threads.last.get()).as("all inline").containsOnly(loop);
  }
}
