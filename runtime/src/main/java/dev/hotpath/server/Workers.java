package dev.hotpath.server;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker pool for blocking routes: virtual threads when the JVM has them, else a bounded
 * platform pool. Either way a limit on routes in flight turns overload into an immediate refusal
 * (the caller answers 503) instead of a queue without end.
 */
public final class Workers implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("dev.hotpath.server");

  private final ExecutorService executor;
  private final Semaphore permits;
  private final boolean virtual;
  private final int limit;

  private Workers(ExecutorService executor, int limit, boolean virtual) {
    this.executor = executor;
    this.permits = new Semaphore(limit);
    this.limit = limit;
    this.virtual = virtual;
  }

  public static Workers create(ServerConfig config) {
    ExecutorService virtualExecutor = config.virtualThreads() ? virtualThreadExecutor() : null;
    if (virtualExecutor != null) {
      return new Workers(virtualExecutor, config.maxConcurrency(), true);
    }
    int threads = config.workerThreads();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemonThreads("hotpath-worker-"));
    pool.allowCoreThreadTimeOut(true);
    return new Workers(pool, config.maxConcurrency(), false);
  }

  /** Runs the task unless the limit is reached or the pool is shut down; false means refused. */
  public boolean tryExecute(Runnable task) {
    if (!permits.tryAcquire()) {
      return false;
    }
    try {
      executor.execute(() -> {
        try {
          task.run();
        } finally {
          permits.release();
        }
      });
      return true;
    } catch (RejectedExecutionException e) {
      permits.release();
      return false;
    }
  }

  /**
   * Runs background tasks, in order, outside the concurrency limit (they belong to requests already
   * answered); a failure is logged and the next task runs.
   */
  public void runAfterResponse(java.util.List<Runnable> tasks) {
    afterResponse.incrementAndGet();
    try {
      executor.execute(() -> {
        try {
          for (Runnable task : tasks) {
            try {
              task.run();
            } catch (RuntimeException | Error e) {
              LOG.log(System.Logger.Level.ERROR, "Background task failed", e);
            }
          }
        } finally {
          afterResponse.decrementAndGet();
        }
      });
    } catch (RejectedExecutionException e) {
      afterResponse.decrementAndGet();
      LOG.log(System.Logger.Level.WARNING, "Background tasks dropped: the worker pool is shut down");
    }
  }

  private final java.util.concurrent.atomic.AtomicInteger afterResponse =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Notes work that will run after a response (a request's scopes, until they close). */
  void holdAfterResponse() {
    afterResponse.incrementAndGet();
  }

  /** The work noted by {@link #holdAfterResponse} is done. */
  void releaseAfterResponse() {
    afterResponse.decrementAndGet();
  }

  /**
   * Waits up to {@code millis} for the work queued after responses (background tasks, blocking
   * closes of {@code Scoped} values) to finish; TestClient's requests return after it, as FastAPI's do.
   */
  public void awaitAfterResponse(long millis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (afterResponse.get() > 0 && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
    }
  }

  /**
   * Runs the pulls of streamed responses: on the pool, outside the concurrency limit (each belongs
   * to a request already admitted and answered with its head).
   */
  public java.util.concurrent.Executor streams() {
    return executor;
  }

  /** Waits for running and queued work to finish, up to {@code millis}. */
  public void awaitTermination(long millis) {
    try {
      executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Blocking routes running or queued now. */
  public int inFlight() {
    return limit - permits.availablePermits();
  }

  public int limit() {
    return limit;
  }

  /** What the start-up log says about the pool. */
  public String describe() {
    return (virtual ? "virtual threads" : "platform pool") + ", limit " + limit + " in flight";
  }

  @Override
  public void close() {
    executor.shutdown();
  }

  /** Java 21's Executors.newVirtualThreadPerTaskExecutor, looked up once: the runtime targets 17. */
  private static ExecutorService virtualThreadExecutor() {
    try {
      MethodHandle factory = MethodHandles.publicLookup().findStatic(Executors.class,
          "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class));
      return (ExecutorService) factory.invoke();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null; // Java 17-20: no virtual threads
    } catch (Throwable e) {
      throw new IllegalStateException("Could not create the virtual-thread executor", e);
    }
  }

  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
