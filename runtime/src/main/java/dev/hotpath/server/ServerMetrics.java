package dev.hotpath.server;

import io.micrometer.core.instrument.MeterRegistry;

/** The scrape endpoint for a registry, if it has one; keeps the Prometheus class out of the builder. */
public final class ServerMetrics {
  private ServerMetrics() {}

  /** The Prometheus scrape endpoint on {@code path}, or null for a registry that is not Prometheus's. */
  public static MetricsScrape scrape(MeterRegistry registry, String path) {
    boolean prometheus = false;
    for (Class<?> at = registry.getClass(); at != null; at = at.getSuperclass()) {
      prometheus |= at.getName().equals("io.micrometer.prometheusmetrics.PrometheusMeterRegistry");
    }
    return prometheus ? PrometheusScrape.of(registry, path) : null;
  }
}
