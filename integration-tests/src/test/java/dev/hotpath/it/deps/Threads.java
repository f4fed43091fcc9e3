package dev.hotpath.it.deps;

import dev.hotpath.NonBlocking;
import dev.hotpath.Provides;
import dev.hotpath.it.deps.Values.AsyncThread;
import dev.hotpath.it.deps.Values.BlockingThread;
import dev.hotpath.it.deps.Values.InlineThread;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Providers in each mode, recording the thread they ran on; the blocking one can be held at a gate. */
public class Threads {
  private volatile CountDownLatch gate = new CountDownLatch(0);
  public final java.util.concurrent.Semaphore entered = new java.util.concurrent.Semaphore(0);

  /** Holds blocking providers until {@link #open}. */
  public void close() {
    gate = new CountDownLatch(1);
  }

  public void open() {
    gate.countDown();
  }

  @Provides
  public BlockingThread blocking() throws InterruptedException {
    entered.release();
    gate.await(30, TimeUnit.SECONDS);
    return new BlockingThread(Thread.currentThread());
  }

  @Provides
  public CompletionStage<AsyncThread> async() {
    return CompletableFuture.completedFuture(new AsyncThread(Thread.currentThread()));
  }

  @NonBlocking
  @Provides
  public InlineThread inline() {
    return new InlineThread(Thread.currentThread());
  }
}
