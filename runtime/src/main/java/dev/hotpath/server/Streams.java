package dev.hotpath.server;

import dev.hotpath.internal.StreamBody;
import java.util.concurrent.Flow;

/** What the connection does with a stream it will not write. */
final class Streams {
  private Streams() {}

  /**
   * Subscribes and cancels at once, so the source learns it is not wanted (a {@code Stream} is
   * closed, a publisher's subscription cancelled) and nothing is produced.
   */
  static void discard(StreamBody body) {
    body.publisher(Runnable::run).subscribe(new Flow.Subscriber<Object>() {
      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.cancel();
      }

      @Override
      public void onNext(Object item) {}

      @Override
      public void onError(Throwable throwable) {}

      @Override
      public void onComplete() {}
    });
  }
}
