package dev.hotpath.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link RequestMetrics} through Micrometer (an optional dependency: this class is loaded only when
 * a registry is configured). Meters:
 * <ul>
 *   <li>{@code http.server.requests}: timer tagged {@code method}, {@code route} (the template, never
 *       the raw path), {@code status};
 *   <li>{@code hotpath.requests.active}: requests in flight;
 *   <li>{@code hotpath.eventloop.lag}: how late a task scheduled every second on each event loop
 *       runs — a blocked loop shows here;
 *   <li>{@code hotpath.workers.active} and {@code hotpath.workers.limit}: blocking routes in flight
 *       and the limit beyond which they get 503.
 * </ul>
 */
public final class MicrometerMetrics implements RequestMetrics {
  private static final long PROBE_MILLIS = 1000;

  private final MeterRegistry registry;
  private final AtomicInteger active = new AtomicInteger();
  private final List<ScheduledFuture<?>> probes = new ArrayList<>();

  public MicrometerMetrics(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("hotpath.requests.active", active, AtomicInteger::get)
        .description("Requests being handled").register(registry);
  }

  @Override
  public void started() {
    active.incrementAndGet();
  }

  @Override
  public void finished(String method, String route, int status, long nanos) {
    active.decrementAndGet();
    Timer.builder("http.server.requests")
        .tags("method", method, "route", route, "status", Integer.toString(status))
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void serving(EventLoopGroup loops, Workers workers) {
    Gauge.builder("hotpath.workers.active", workers, Workers::inFlight)
        .description("Blocking routes running or queued").register(registry);
    Gauge.builder("hotpath.workers.limit", workers, Workers::limit)
        .description("Blocking routes in flight before 503").register(registry);
    Timer lag = Timer.builder("hotpath.eventloop.lag")
        .description("Delay of a task scheduled on an event loop every second").register(registry);
    for (EventExecutor executor : loops) {
      EventLoop loop = (EventLoop) executor;
      probes.add(loop.scheduleAtFixedRate(new Probe(lag), PROBE_MILLIS, PROBE_MILLIS, TimeUnit.MILLISECONDS));
    }
  }

  @Override
  public void stopped() {
    probes.forEach(probe -> probe.cancel(false));
  }

  /** Measures how late it runs against its fixed rate. */
  private static final class Probe implements Runnable {
    private final Timer lag;
    private long expected = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PROBE_MILLIS);

    Probe(Timer lag) {
      this.lag = lag;
    }

    @Override
    public void run() {
      long now = System.nanoTime();
      lag.record(Math.max(0, now - expected), TimeUnit.NANOSECONDS);
      expected = now + TimeUnit.MILLISECONDS.toNanos(PROBE_MILLIS);
    }
  }
}
