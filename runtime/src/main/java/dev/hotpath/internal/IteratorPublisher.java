package dev.hotpath.internal;

import java.util.Iterator;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@code Stream} as a publisher of one subscriber: elements are pulled on {@code executor} only
 * as they are requested (one pull task at a time, so the stream is never used by two threads at
 * once), and the stream is closed once it ends, fails or is cancelled.
 */
final class IteratorPublisher<T> implements Flow.Publisher<T> {
  private final java.util.stream.Stream<? extends T> stream;
  private final Executor executor;
  private final AtomicBoolean subscribed = new AtomicBoolean();

  IteratorPublisher(java.util.stream.Stream<? extends T> stream, Executor executor) {
    this.stream = stream;
    this.executor = executor;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    if (!subscribed.compareAndSet(false, true)) {
      subscriber.onSubscribe(new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      });
      subscriber.onError(new IllegalStateException("A stream can be read once"));
      return;
    }
    subscriber.onSubscribe(new Pull(subscriber));
  }

  private final class Pull implements Flow.Subscription, Runnable {
    private final Flow.Subscriber<? super T> subscriber;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicBoolean done = new AtomicBoolean();
    private Iterator<? extends T> iterator;

    Pull(Flow.Subscriber<? super T> subscriber) {
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        cancel();
        subscriber.onError(new IllegalArgumentException("Flow rule 3.9: request a positive number"));
        return;
      }
      // The task is scheduled by whoever moves the demand from zero: one pull task at a time.
      if (demand.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b) == 0 && !done.get()) {
        schedule();
      }
    }

    private void schedule() {
      try {
        executor.execute(this);
      } catch (RuntimeException e) {
        finish(e);
      }
    }

    @Override
    public void run() {
      long emitted = 0;
      try {
        if (iterator == null) {
          iterator = stream.iterator();
        }
        long wanted = demand.get();
        while (emitted < wanted && !done.get()) {
          if (!iterator.hasNext()) {
            finish(null);
            return;
          }
          subscriber.onNext(iterator.next());
          emitted++;
        }
      } catch (RuntimeException | Error e) {
        finish(e);
        return;
      }
      if (demand.addAndGet(-emitted) > 0 && !done.get()) {
        schedule(); // more was requested meanwhile
      } else if (done.get()) {
        close(); // cancelled while this pull ran: closed here, not under it
      }
    }

    private void finish(Throwable failure) {
      if (done.compareAndSet(false, true)) {
        close();
        if (failure == null) {
          subscriber.onComplete();
        } else {
          subscriber.onError(failure);
        }
      }
    }

    @Override
    public void cancel() {
      // Closed here when no pull runs, else by the pull at its end: never under a running pull.
      if (done.compareAndSet(false, true) && demand.get() == 0) {
        close();
      }
    }
  }

  private final AtomicBoolean closed = new AtomicBoolean();

  private void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      stream.close();
    } catch (RuntimeException e) {
      System.getLogger("dev.hotpath.server").log(System.Logger.Level.WARNING, "Closing a stream failed", e);
    }
  }
}
