package dev.hotpath.server;

import dev.hotpath.Filter;
import dev.hotpath.Request;
import dev.hotpath.Response;
import dev.hotpath.Router;
import dev.hotpath.internal.Endpoint;
import dev.hotpath.internal.Exchange;
import dev.hotpath.internal.Mode;
import dev.hotpath.internal.Resource;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * From a request to a response, shared by every connection: the filters, then the routers'
 * lookup (404, 405, 307, OPTIONS), then the route in its mode — inline on the event loop or on the
 * worker pool — with whatever it throws turned into a FastAPI-shaped response.
 */
public final class Dispatcher {
  private static final System.Logger LOG = System.getLogger("dev.hotpath.server");

  private final List<Router> routers;
  private final List<Filter> filters;
  private final Workers workers;
  private final Watchdog watchdog;
  private final RequestMetrics metrics;
  private final MetricsScrape scrape;
  private volatile boolean draining;
  private final Counters counters = new Counters();
  private final long deadlineMillis;
  private final boolean requestIds;
  private final boolean accessLog;
  private final StepRunner steps;
  private final ApiDocs docs;
  private final java.time.Duration eventKeepAlive;
  private final List<StaticMount> statics;

  public Dispatcher(ServerConfig config, Workers workers) {
    this.statics = config.statics();
    this.eventKeepAlive = config.eventKeepAlive();
    this.routers = config.routers();
    List<Filter> all = new java.util.ArrayList<>();
    if (config.cors() != null) {
      all.add(new CorsFilter(config.cors())); // outermost: it answers preflights before anything else
    }
    all.addAll(config.filters());
    this.filters = List.copyOf(all);
    this.workers = workers;
    this.watchdog = new Watchdog(config.slowHandlerThreshold().toNanos());
    this.metrics = config.metrics();
    this.scrape = config.scrape();
    this.deadlineMillis = config.handlerTimeout().toMillis();
    this.requestIds = config.requestIds();
    this.accessLog = config.accessLog();
    if (accessLog) {
      AccessLog.requireSlf4j();
    }
    this.steps = new StepRunner(workers, watchdog, counters);
    this.docs = ApiDocs.load(routers, config.docs());
  }

  /**
   * Runs on the connection's event loop; the stage may complete on a worker. Background tasks a
   * route added go to {@code tasks} when the route succeeds.
   */
  public CompletionStage<Response<?>> dispatch(Request request, Dispatched tasks) {
    return filters.isEmpty() ? route(request, tasks) : chain(0, request, tasks);
  }

  public RequestMetrics metrics() {
    return metrics;
  }

  public Counters counters() {
    return counters;
  }

  public boolean requestIds() {
    return requestIds;
  }

  public boolean accessLog() {
    return accessLog;
  }

  /** The server is stopping: readiness fails, and connections close after their last response. */
  public void drain() {
    draining = true;
  }

  public boolean draining() {
    return draining;
  }

  /** How long an event stream may be idle before a keep-alive comment. */
  public java.time.Duration eventKeepAlive() {
    return eventKeepAlive;
  }

  /** Where a blocking route's {@code Stream} is pulled: the worker pool, outside its admission limit. */
  public java.util.concurrent.Executor streamExecutor() {
    return workers.streams();
  }

  /** Runs a response's background tasks on the worker pool. */
  public void runAfterResponse(List<Runnable> tasks) {
    workers.runAfterResponse(tasks);
  }

  private CompletionStage<Response<?>> chain(int index, Request request, Dispatched tasks) {
    if (index == filters.size()) {
      return route(request, tasks);
    }
    try {
      CompletionStage<Response<?>> stage = filters.get(index).filter(request, next -> chain(index + 1, next, tasks));
      return stage != null ? stage : failed(new NullPointerException("Filter returned no stage"));
    } catch (RuntimeException | Error e) {
      return failed(e);
    }
  }

  private CompletionStage<Response<?>> route(Request request, Dispatched tasks) {
    String path = request.path();
    if (scrape != null && path.equals(scrape.path()) && ("GET".equals(request.method())
        || "HEAD".equals(request.method()))) {
      tasks.route(scrape.path());
      return CompletableFuture.completedFuture(
          Response.status(200).header("Content-Type", scrape.contentType()).body(scrape.text().get()));
    }
    Resource resource = find(path);
    if (resource == null && ("/healthz".equals(path) || "/readyz".equals(path))) {
      // Liveness and readiness, off the route table: a route of the API with the same path wins.
      tasks.route(path);
      boolean ready = "/healthz".equals(path) || !draining;
      return CompletableFuture.completedFuture(Response.status(ready ? 200 : 503)
          .body(ErrorBodies.status(ready ? "ok" : "draining")));
    }
    Response<?> documentation = resource == null ? docs.answer(request) : null;
    if (documentation != null) { // the API document and its pages, off the route table as well
      tasks.route("DOCS");
      return CompletableFuture.completedFuture(documentation);
    }
    StaticMount mount = resource == null ? staticMount(path) : null;
    if (mount != null) { // a static directory, off the route table: files are read on the worker pool
      tasks.route(mount.prefix() + "/*");
      return serveStatic(mount, request);
    }
    if (resource == null) {
      Response<?> answer = redirectOrNotFound(request);
      tasks.route(answer.status() == 404 ? "NOT_FOUND" : "REDIRECTION");
      return CompletableFuture.completedFuture(answer);
    }
    tasks.route(resource.template());
    String method = request.method();
    if ("OPTIONS".equals(method)) {
      return CompletableFuture.completedFuture(Response.status(204).header("Allow", resource.allow()).build());
    }
    Endpoint endpoint = resource.endpoint(method);
    if (endpoint == null) {
      return CompletableFuture.completedFuture(ErrorResponses.methodNotAllowed(resource.allow()));
    }
    counters.routed.increment();
    Exchange exchange = new Exchange(request, endpoint.info());
    CompletionStage<Response<?>> result;
    if (endpoint.steps() > 0) {
      result = steps.run(endpoint, exchange);
      ScopeCloser.closeAfter(exchange, endpoint.info(), result, tasks, workers);
    } else {
      result = endpoint.mode() == Mode.NON_BLOCKING ? runInline(endpoint, exchange) : runOnWorker(endpoint, exchange);
    }
    Response<?> now = completedNow(result);
    if (now != null) {
      // The common inline case: already answered, so no stage is chained.
      return CompletableFuture.completedFuture(finish(now, exchange, tasks));
    }
    return withDeadline(result, endpoint, exchange).handle((response, failure) -> failure != null
        ? recover(failure, endpoint, exchange)
        : finish(response, exchange, tasks));
  }

  private StaticMount staticMount(String path) {
    for (StaticMount mount : statics) {
      if (mount.matches(path)) {
        return mount;
      }
    }
    return null;
  }

  private CompletionStage<Response<?>> serveStatic(StaticMount mount, Request request) {
    return onWorker(() -> CompletableFuture.completedFuture(mount.answer(request)));
  }


  /** Thrown into a route's stage when it outlives the handler deadline: answered 503. */
  static final class RouteTimedOut extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RouteTimedOut(Endpoint endpoint, long millis) {
      super("Route " + endpoint + " did not answer within " + millis + " ms", null, false, false);
    }
  }

  private static final ScheduledThreadPoolExecutor DEADLINES = deadlineTimer();

  private static ScheduledThreadPoolExecutor deadlineTimer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, Workers.daemonThreads("hotpath-deadline-"));
    timer.setRemoveOnCancelPolicy(true); // answered routes leave no timer behind
    return timer;
  }

  /**
   * The route's stage, failed with {@link RouteTimedOut} if it has not completed within the handler
   * deadline; the route's own stage is then cancelled.
   */
  private CompletionStage<Response<?>> withDeadline(CompletionStage<Response<?>> result, Endpoint endpoint,
      Exchange exchange) {
    if (deadlineMillis <= 0) {
      return result;
    }
    CompletableFuture<Response<?>> guarded = new CompletableFuture<>();
    AtomicBoolean decided = new AtomicBoolean(); // the route's answer or the deadline, whichever comes first
    ScheduledFuture<?> timer = DEADLINES.schedule(() -> {
      if (decided.compareAndSet(false, true)) {
        // Cancelled before the 503 is answered: whoever reads the 503 finds the route cancelled.
        exchange.cancelStarted(); // the route's own future, if it returned one
        if (result instanceof CompletableFuture<?> future) {
          future.cancel(true);
        }
        guarded.completeExceptionally(new RouteTimedOut(endpoint, deadlineMillis));
      }
    }, deadlineMillis, TimeUnit.MILLISECONDS);
    result.whenComplete((response, failure) -> {
      timer.cancel(false);
      if (!decided.compareAndSet(false, true)) {
        return; // timed out: the cancellation this completion may be is not the answer
      }
      if (failure != null) {
        guarded.completeExceptionally(failure);
      } else {
        guarded.complete(response);
      }
    });
    return guarded;
  }

  /**
   * A failure goes to the route's exception handlers first (on the thread that saw it: the route's
   * mode); a failure they do not take, or one of theirs, gets FastAPI's answer. Validation errors
   * reach only a handler for {@code RequestValidationException} itself (the generated chain
   * rethrows them otherwise), else they are the 422.
   */
  private Response<?> recover(Throwable failure, Endpoint endpoint, Exchange exchange) {
    Response<?> response = recovered(failure, endpoint, exchange);
    if (response.status() == 500) {
      counters.failures.increment();
    }
    return response;
  }

  private Response<?> recovered(Throwable failure, Endpoint endpoint, Exchange exchange) {
    Throwable cause = ErrorResponses.unwrap(failure);
    if (cause instanceof RouteTimedOut) {
      LOG.log(Level.WARNING, cause.getMessage());
      return ErrorResponses.status(503, "Service Unavailable: the request took too long");
    }
    if (endpoint.errors() != null) {
      try {
        Object handled = endpoint.errors().handle(cause, exchange);
        if (handled instanceof Response<?> response) {
          return response;
        }
        return ErrorResponses.of(new IllegalStateException("Exception handler returned " + handled), endpoint.info());
      } catch (Throwable rethrown) {
        return ErrorResponses.of(rethrown, endpoint.info());
      }
    }
    return ErrorResponses.of(cause, endpoint.info());
  }

  /**
   * The response of a stage that already completed normally, or null (not done, failed, or not a
   * {@code CompletableFuture}: a foreign stage is only ever chained, never asked to convert).
   */
  static Response<?> completedNow(CompletionStage<Response<?>> stage) {
    return stage instanceof CompletableFuture<Response<?>> future && future.isDone()
        && !future.isCompletedExceptionally() ? future.getNow(null) : null;
  }

  /** A route's own response: its background tasks go with it. */
  private static Response<?> finish(Response<?> response, Exchange exchange, Dispatched tasks) {
    List<Runnable> added = exchange.addedTasks();
    if (!added.isEmpty()) {
      tasks.tasks(added);
    }
    return response;
  }

  private Resource find(String path) {
    for (Router router : routers) {
      Resource resource = router.match(path);
      if (resource != null) {
        return resource;
      }
    }
    return null;
  }

  /** FastAPI's redirect_slashes: the path with its trailing slash toggled matches a route. */
  private Response<?> redirectOrNotFound(Request request) {
    String path = request.path();
    String other = path.endsWith("/") ? (path.length() > 1 ? path.substring(0, path.length() - 1) : null) : path + "/";
    if (other == null || find(other) == null) {
      return ErrorResponses.notFound();
    }
    String location = request.rawQuery().isEmpty() ? other : other + "?" + request.rawQuery();
    return Response.status(307).header("Location", location).build();
  }

  private CompletionStage<Response<?>> runInline(Endpoint endpoint, Exchange exchange) {
    Object watched = watchdog.enter(endpoint);
    try {
      return stageOf(endpoint.invoke(exchange));
    } catch (Throwable e) {
      return failed(e);
    } finally {
      watchdog.exit(watched);
    }
  }

  /** Stops the watchdog's thread. */
  public void close() {
    watchdog.close();
  }

  private CompletionStage<Response<?>> runOnWorker(Endpoint endpoint, Exchange exchange) {
    return onWorker(() -> stageOf(endpoint.invoke(exchange)));
  }

  /** Work that may block: the answer's stage, or a 503 at once when the pool is at its limit. */
  @FunctionalInterface
  private interface BlockingWork {
    CompletionStage<Response<?>> run() throws Throwable;
  }

  private CompletionStage<Response<?>> onWorker(BlockingWork work) {
    CompletableFuture<Response<?>> done = new CompletableFuture<>();
    boolean accepted = workers.tryExecute(() -> {
      try {
        work.run().whenComplete((response, failure) -> {
          if (failure == null) {
            done.complete(response);
          } else {
            done.completeExceptionally(failure);
          }
        });
      } catch (Throwable e) {
        done.completeExceptionally(e);
      }
    });
    if (!accepted) {
      counters.overloaded.increment();
      return CompletableFuture.completedFuture(ErrorResponses.overloaded());
    }
    return done;
  }


  @SuppressWarnings("unchecked")
  static CompletionStage<Response<?>> stageOf(Object result) {
    if (result instanceof Response<?> response) {
      return CompletableFuture.completedFuture(response);
    }
    if (result instanceof CompletionStage<?> stage) {
      return (CompletionStage<Response<?>>) stage;
    }
    return failed(new IllegalStateException("Route returned " + (result == null ? "null" : result.getClass())));
  }

  private static CompletionStage<Response<?>> failed(Throwable failure) {
    return CompletableFuture.failedFuture(failure);
  }
}
