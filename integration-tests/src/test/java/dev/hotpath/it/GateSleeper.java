package dev.hotpath.it;

import dev.hotpath.it.api.Sleeper;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A sleeper that holds every caller until released, and counts who is inside. */
final class GateSleeper extends Sleeper {
  private final CountDownLatch gate = new CountDownLatch(1);
  final Semaphore entered = new Semaphore(0);

  @Override
  public void sleep(long millis) throws InterruptedException {
    entered.release();
    gate.await(30, TimeUnit.SECONDS);
  }

  void release() {
    gate.countDown();
  }
}
