package dev.hotpath.server;

import dev.hotpath.internal.Exchange;
import dev.hotpath.internal.RouteInfo;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closes a request's {@code Scoped} values once both its route has finished and its response has
 * been written (or dropped: the client went away), the last opened first. A close that may block
 * runs on the worker pool, outside the concurrency limit; a failing close is logged, and the
 * others still run.
 */
final class ScopeCloser {
  private static final System.Logger LOG = System.getLogger("dev.hotpath.server");

  private ScopeCloser() {}

  static void closeAfter(Exchange exchange, RouteInfo route, CompletionStage<?> result, Dispatched dispatched,
      Workers workers) {
    AtomicInteger pending = new AtomicInteger(2);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    workers.holdAfterResponse(); // until the scopes are closed: TestClient waits for it
    Runnable arrive = () -> {
      if (pending.decrementAndGet() == 0) {
        try {
          close(exchange, route, failure.get(), workers);
        } finally {
          workers.releaseAfterResponse();
        }
      }
    };
    result.whenComplete((response, thrown) -> {
      failure.set(thrown == null ? null : ErrorResponses.unwrap(thrown));
      arrive.run();
    });
    dispatched.afterResponse(arrive);
  }

  private static void close(Exchange exchange, RouteInfo route, Throwable failure, Workers workers) {
    List<Exchange.Scope> scopes = new ArrayList<>(exchange.scopes());
    if (scopes.isEmpty()) {
      return;
    }
    Collections.reverse(scopes);
    Runnable closeAll = () -> {
      for (Exchange.Scope scope : scopes) {
        try {
          scope.scoped().close(failure);
        } catch (Throwable e) {
          LOG.log(Level.ERROR, "Closing a Scoped value of route " + route + " failed", e);
        }
      }
    };
    if (scopes.stream().anyMatch(Exchange.Scope::mayBlock)) {
      workers.runAfterResponse(List.of(closeAll));
    } else {
      closeAll.run();
    }
  }
}
