package dev.hotpath.server;

import java.util.function.Supplier;

/**
 * A metrics text endpoint, such as Prometheus's {@code /metrics}: the path it answers on, its
 * content type, and what produces the text.
 */
public record MetricsScrape(String path, String contentType, Supplier<String> text) {}
