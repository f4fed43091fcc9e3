package dev.hotpath;

import dev.hotpath.server.MetricsScrape;
import dev.hotpath.server.MicrometerMetrics;
import dev.hotpath.server.RequestMetrics;
import dev.hotpath.server.ServerMetrics;
import java.util.Objects;

/**
 * Where a server's metrics go: {@code Hotpath.server(router).metrics(Metrics.micrometer(registry))}.
 * Micrometer is an optional dependency; this class is the only public one that names it, so an
 * application without Micrometer never loads it.
 */
public final class Metrics {
  final RequestMetrics requests;
  final MetricsScrape scrape;

  private Metrics(RequestMetrics requests, MetricsScrape scrape) {
    this.requests = requests;
    this.scrape = scrape;
  }

  /**
   * Records in a Micrometer registry: {@code http.server.requests} tagged by method, route template
   * and status; requests in flight; event-loop lag; worker-pool use. A Prometheus registry is also
   * served on {@code GET /metrics}.
   */
  public static Metrics micrometer(io.micrometer.core.instrument.MeterRegistry registry) {
    return micrometer(registry, "/metrics");
  }

  /** {@link #micrometer(io.micrometer.core.instrument.MeterRegistry)} with another scrape path. */
  public static Metrics micrometer(io.micrometer.core.instrument.MeterRegistry registry, String scrapePath) {
    Objects.requireNonNull(registry, "registry");
    return new Metrics(new MicrometerMetrics(registry), ServerMetrics.scrape(registry, scrapePath));
  }
}
