package dev.hotpath.it.api;

/** Sleeps; a separate class so tests can count or release sleepers. */
public class Sleeper {
  public void sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }
}
