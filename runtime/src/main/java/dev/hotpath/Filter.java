package dev.hotpath;

import java.util.concurrent.CompletionStage;

/**
 * Wraps every request, as FastAPI's {@code @app.middleware("http")}: error and docs responses
 * included. Runs on the event loop and must not block.
 *
 * <pre>{@code
 * Filter timing = (request, chain) -> {
 *   long start = System.nanoTime();
 *   return chain.next(request).thenApply(r -> r.withHeader("X-Time-Ns", "" + (System.nanoTime() - start)));
 * };
 * }</pre>
 */
@FunctionalInterface
public interface Filter {
  CompletionStage<Response<?>> filter(Request request, Chain chain);

  /** The rest of the filter chain and, at its end, the route. */
  @FunctionalInterface
  interface Chain {
    CompletionStage<Response<?>> next(Request request);
  }
}
