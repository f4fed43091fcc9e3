package dev.hotpath.it.deps;

import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.NonBlocking;
import dev.hotpath.it.deps.Values.AsyncThread;
import dev.hotpath.it.deps.Values.BlockingThread;
import dev.hotpath.it.deps.Values.InlineThread;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/** Routes whose providers run in different modes; each records where everything ran. */
@Controller("/threads")
public class ThreadsController {
  /** The threads of the last request: its providers', then the route's. */
  public final AtomicReference<List<Thread>> last = new AtomicReference<>();

  /** A non-blocking provider, then a blocking one: the hop to the pool comes only for the second. */
  @Get("/async-then-blocking")
  public String asyncThenBlocking(AsyncThread async, BlockingThread blocking) {
    last.set(List.of(async.thread(), blocking.thread(), Thread.currentThread()));
    return "ok";
  }

  /** A blocking provider before a non-blocking route: the route stays on the worker, no hop back. */
  @Get("/blocking-then-async")
  public CompletionStage<String> blockingThenAsync(BlockingThread blocking) {
    last.set(List.of(blocking.thread(), Thread.currentThread()));
    return CompletableFuture.completedFuture("ok");
  }

  /** Everything inline on the event loop. */
  @NonBlocking
  @Get("/inline")
  public String inline(InlineThread inline, AsyncThread async) {
    last.set(List.of(inline.thread(), async.thread(), Thread.currentThread()));
    return "ok";
  }
}
