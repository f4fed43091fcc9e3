package dev.hotpath.server;

import dev.hotpath.Response;
import dev.hotpath.internal.Endpoint;
import dev.hotpath.internal.Exchange;
import dev.hotpath.internal.Mode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs a route that has dependencies: its providers in order, then the route, each in its own
 * mode. A blocking step hops to the worker pool only when the request is not on it already; a
 * non-blocking step runs wherever the previous one finished (the event loop, a worker, or the
 * thread that completed a provider's future), so no hop is made that is not needed. The first
 * exception ends the chain; validation errors wait for the route, which answers them as one 422.
 */
final class StepRunner {
  /** Where the chain is running: only the event loop is watched, only a worker may block. */
  private enum Where { EVENT_LOOP, WORKER, ELSEWHERE }

  private final Workers workers;
  private final Watchdog watchdog;
  private final Counters counters;

  StepRunner(Workers workers, Watchdog watchdog, Counters counters) {
    this.workers = workers;
    this.watchdog = watchdog;
    this.counters = counters;
  }

  /** Starts on the connection's event loop. */
  CompletableFuture<Response<?>> run(Endpoint endpoint, Exchange exchange) {
    CompletableFuture<Response<?>> done = new CompletableFuture<>();
    advance(endpoint, exchange, 0, Where.EVENT_LOOP, done);
    return done;
  }

  private void advance(Endpoint endpoint, Exchange exchange, int from, Where where, CompletableFuture<Response<?>> done) {
    for (int step = from; !done.isDone(); step++) { // done early: cancelled at the handler deadline
      boolean route = step == endpoint.steps();
      Mode mode = route ? endpoint.mode() : endpoint.stepMode(step);
      if (mode == Mode.BLOCKING && where != Where.WORKER) {
        int next = step;
        if (!workers.tryExecute(() -> advance(endpoint, exchange, next, Where.WORKER, done))) {
          counters.overloaded.increment();
          done.complete(ErrorResponses.overloaded());
        }
        return;
      }
      Object result;
      Object watched = where == Where.EVENT_LOOP ? watchdog.enter(endpoint) : null;
      try {
        result = route ? endpoint.invoke(exchange) : endpoint.step(step).run(exchange);
      } catch (Throwable e) {
        done.completeExceptionally(e);
        return;
      } finally {
        if (watched != null) {
          watchdog.exit(watched);
        }
      }
      if (route) {
        Dispatcher.stageOf(result).whenComplete((response, failure) -> {
          if (failure == null) {
            done.complete(response);
          } else {
            done.completeExceptionally(failure);
          }
        });
        return;
      }
      if (result instanceof CompletionStage<?> stage && !completedNormally(stage)) {
        int next = step + 1;
        stage.whenComplete((value, failure) -> {
          if (failure != null) {
            done.completeExceptionally(failure);
          } else {
            advance(endpoint, exchange, next, Where.ELSEWHERE, done);
          }
        });
        return;
      }
    }
  }

  private static boolean completedNormally(CompletionStage<?> stage) {
    return stage instanceof CompletableFuture<?> future && future.isDone() && !future.isCompletedExceptionally();
  }
}
