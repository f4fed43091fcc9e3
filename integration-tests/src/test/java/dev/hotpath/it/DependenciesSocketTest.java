package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Hotpath;
import dev.hotpath.Server;
import dev.hotpath.it.deps.Checks;
import dev.hotpath.it.deps.CommonProviders;
import dev.hotpath.it.deps.DepsApiRouter;
import dev.hotpath.it.deps.Resources;
import dev.hotpath.it.deps.ScopesController;
import dev.hotpath.it.deps.Threads;
import dev.hotpath.it.deps.ThreadsController;
import dev.hotpath.it.deps.TutorialController;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dependencies over real sockets, with one event loop: a blocking provider never holds it, a
 * non-blocking one runs on it, and a client that goes away still gets its scoped values closed.
 */
class DependenciesSocketTest {
  private final Resources resources = new Resources();
  private final Threads threads = new Threads();
  private final ThreadsController routes = new ThreadsController();
  private Server server;
  private final List<RawHttp> connections = new ArrayList<>();

  @BeforeEach
  void start() {
    server = Hotpath.server(new DepsApiRouter(new TutorialController(), new ScopesController(resources), routes,
            new CommonProviders(), new Checks(), resources, threads))
        .port(0).ioThreads(1).virtualThreads(false).workerThreads(2).maxConcurrency(64).start();
  }

  @AfterEach
  void stop() throws Exception {
    threads.open();
    for (RawHttp connection : connections) {
      connection.close();
    }
    server.stop(Duration.ofSeconds(1));
  }

  private RawHttp connect() throws Exception {
    RawHttp connection = new RawHttp(server.port());
    connections.add(connection);
    return connection;
  }

  @Test
  void blockingProvidersHeldOnThePoolLeaveTheEventLoopServing() throws Exception {
    threads.close();
    RawHttp first = connect().send(RawHttp.get("/threads/blocking-then-async"));
    RawHttp second = connect().send(RawHttp.get("/threads/blocking-then-async"));
    assertThat(threads.entered.tryAcquire(2, 10, TimeUnit.SECONDS)).as("both requests inside the provider").isTrue();

    long start = System.nanoTime();
    assertThat(connect().send(RawHttp.get("/threads/inline")).read().body()).isEqualTo("ok");
    assertThat((System.nanoTime() - start) / 1_000_000).as("answered while both workers are held").isLessThan(2_000);
    assertThat(routes.last.get()).as("inline providers and route on the event loop")
        .allMatch(thread -> thread instanceof FastThreadLocalThread);

    threads.open();
    assertThat(first.read().status()).isEqualTo(200);
    assertThat(second.read().status()).isEqualTo(200);
    assertThat(routes.last.get()).as("the blocking provider and the route after it on a worker")
        .noneMatch(thread -> thread instanceof FastThreadLocalThread);
  }

  @Test
  void aNonBlockingProviderRunsOnTheEventLoopAndTheBlockingOneAfterItOnAWorker() throws Exception {
    assertThat(connect().send(RawHttp.get("/threads/async-then-blocking")).read().status()).isEqualTo(200);
    List<Thread> seen = routes.last.get();
    assertThat(seen.get(0)).isInstanceOf(FastThreadLocalThread.class);
    assertThat(seen.get(1)).isNotInstanceOf(FastThreadLocalThread.class);
    assertThat(seen.get(2)).isSameAs(seen.get(1));
  }

  @Test
  void aClientThatGoesAwayStillHasItsScopedValuesClosed() throws Exception {
    RawHttp client = connect().send(RawHttp.get("/scoped/slow?millis=300"));
    assertThat(resources.events.poll(10, TimeUnit.SECONDS)).isEqualTo("open db");
    assertThat(resources.events.poll(10, TimeUnit.SECONDS)).isEqualTo("begin");
    assertThat(resources.events.poll(10, TimeUnit.SECONDS)).isEqualTo("route");
    client.close(); // before the response
    assertThat(resources.events.poll(10, TimeUnit.SECONDS)).isEqualTo("commit");
    assertThat(resources.events.poll(10, TimeUnit.SECONDS)).isEqualTo("close db");
    assertThat(connect().send(RawHttp.get("/scoped/ok")).read().body()).as("and the server serves on")
        .startsWith("ok");
  }
}
