package dev.hotpath.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The Prometheus scrape endpoint, when the registry given is Micrometer's Prometheus registry.
 * Loaded only then: the Prometheus registry is an optional dependency.
 */
final class PrometheusScrape {
  private PrometheusScrape() {}

  /** The endpoint for a registry {@link ServerMetrics} found to be Prometheus's. */
  static MetricsScrape of(MeterRegistry registry, String path) {
    PrometheusMeterRegistry prometheus = (PrometheusMeterRegistry) registry;
    return new MetricsScrape(path, "text/plain; version=0.0.4; charset=utf-8", prometheus::scrape);
  }
}
