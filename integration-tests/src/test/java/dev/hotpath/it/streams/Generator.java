package dev.hotpath.it.streams;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A publisher of {@code limit} elements (or without end), made on its own thread only as they are
 * requested; it counts what it made and notes being cancelled, for the tests to observe.
 */
public class Generator<T> implements Flow.Publisher<T> {
  private final LongFunction<T> element;
  private final long limit;
  private final AtomicLong emitted = new AtomicLong();
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "generator");
    t.setDaemon(true);
    return t;
  });

  public Generator(long limit, LongFunction<T> element) {
    this.limit = limit;
    this.element = element;
  }

  public long emitted() {
    return emitted.get();
  }

  public CountDownLatch cancelled() {
    return cancelled;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    subscriber.onSubscribe(new Flow.Subscription() {
      private volatile boolean stopped;

      @Override
      public void request(long n) {
        thread.execute(() -> {
          for (long i = 0; i < n && !stopped; i++) {
            long index = emitted.get();
            if (index >= limit) {
              stopped = true;
              subscriber.onComplete();
              return;
            }
            emitted.incrementAndGet();
            subscriber.onNext(element.apply(index));
          }
          if (!stopped && emitted.get() >= limit) {
            stopped = true;
            subscriber.onComplete();
          }
        });
      }

      @Override
      public void cancel() {
        stopped = true;
        cancelled.countDown();
      }
    });
  }
}
