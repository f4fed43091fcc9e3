package dev.hotpath.server;

import dev.hotpath.internal.Endpoint;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Warns, while it is happening, when a non-blocking route holds an event loop longer than the
 * threshold: the mistake FastAPI users make with a blocking call inside {@code async def}. Each
 * event loop notes the route it runs inline ({@link #enter}/{@link #exit}: two volatile writes); a
 * daemon thread looks every quarter threshold and names a route still running past it, once.
 */
final class Watchdog {
  private static final System.Logger LOG = System.getLogger("dev.hotpath.server");

  /** What one thread is running inline. */
  private static final class Slot {
    volatile Endpoint route;
    volatile long since;
    long reported;
  }

  private final long thresholdNanos;
  private final ThreadLocal<Slot> slots = ThreadLocal.withInitial(this::register);
  private final Set<Slot> all = ConcurrentHashMap.newKeySet();
  private final ScheduledThreadPoolExecutor timer;

  Watchdog(long thresholdNanos) {
    this.thresholdNanos = thresholdNanos;
    this.timer = new ScheduledThreadPoolExecutor(1, Workers.daemonThreads("hotpath-watchdog-"));
    long period = Math.max(1, TimeUnit.NANOSECONDS.toMillis(thresholdNanos) / 4);
    timer.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  private Slot register() {
    Slot slot = new Slot();
    all.add(slot);
    return slot;
  }

  /** The calling event loop starts running {@code route} inline; returns its slot for {@link #exit}. */
  Object enter(Endpoint route) {
    Slot slot = slots.get();
    slot.since = System.nanoTime();
    slot.route = route;
    return slot;
  }

  void exit(Object slot) {
    ((Slot) slot).route = null;
  }

  private void check() {
    long now = System.nanoTime();
    for (Slot slot : all) {
      Endpoint route = slot.route;
      long since = slot.since;
      if (route != null && now - since > thresholdNanos && slot.reported != since) {
        slot.reported = since;
        LOG.log(Level.WARNING, "Non-blocking route " + route + " has held the event loop for "
            + TimeUnit.NANOSECONDS.toMillis(now - since) + " ms and is still running; if it blocks (I/O, locks, "
            + "sleep), remove @NonBlocking or return a plain value to run it on the worker pool");
      }
    }
  }

  void close() {
    timer.shutdownNow();
  }
}
