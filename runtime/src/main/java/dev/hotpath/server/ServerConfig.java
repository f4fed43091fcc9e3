package dev.hotpath.server;

import dev.hotpath.Cors;
import dev.hotpath.Filter;
import dev.hotpath.Router;
import java.time.Duration;
import java.util.List;

/**
 * Everything a server (or a {@code TestClient}) is built from; made by {@code ServerBuilder}.
 *
 * @param ioThreads event loops; 0 means one per core
 * @param workerThreads size of the platform worker pool used when virtual threads are off or absent
 * @param maxConcurrency blocking routes in flight (running or queued) before new ones get a 503
 * @param virtualThreads run blocking routes on virtual threads when the JVM has them (21+)
 * @param cors cross-origin rules, or null for none
 * @param compressionThreshold smallest response body compressed, in bytes
 * @param slowHandlerThreshold a non-blocking route holding its event loop longer is logged
 * @param metrics where request metrics go; {@link RequestMetrics#NONE} when off
 * @param scrape the metrics text endpoint, or null for none
 * @param keepAliveTimeout how long a connection may wait for its next request's head
 * @param bodyTimeout how long a request body may pause between pieces
 * @param sendTimeout how long a client may leave its responses unread past the high-water mark
 * @param handlerTimeout how long a route may take before a 503; zero for no limit
 * @param requestIds whether responses carry {@code X-Request-Id} (the request's own, or a new one)
 * @param accessLog whether each response is logged on {@code dev.hotpath.access}
 * @param docs where the API document and its pages are served
 * @param uploads the limits of multipart bodies
 * @param eventKeepAlive how long an event stream may be idle before a keep-alive comment
 * @param statics directories and classpath folders served under their prefixes
 */
public record ServerConfig(
    List<Router> routers,
    String host,
    int port,
    int ioThreads,
    int maxBodySize,
    int maxInitialLineLength,
    int maxHeaderSize,
    int workerThreads,
    int maxConcurrency,
    boolean virtualThreads,
    List<Filter> filters,
    Cors cors,
    boolean compression,
    int compressionThreshold,
    List<Runnable> onStart,
    List<Runnable> onStop,
    Duration slowHandlerThreshold,
    RequestMetrics metrics,
    MetricsScrape scrape,
    Duration keepAliveTimeout,
    Duration bodyTimeout,
    Duration sendTimeout,
    Duration handlerTimeout,
    boolean requestIds,
    boolean accessLog,
    DocsConfig docs,
    UploadLimits uploads,
    Duration eventKeepAlive,
    List<StaticMount> statics) {

  public ServerConfig {
    routers = List.copyOf(routers);
    filters = List.copyOf(filters);
    onStart = List.copyOf(onStart);
    onStop = List.copyOf(onStop);
    statics = List.copyOf(statics);
    if (routers.isEmpty()) {
      throw new IllegalArgumentException("A server needs at least one router");
    }
  }
}
