package dev.hotpath;

import dev.hotpath.server.DocsConfig;
import dev.hotpath.server.MetricsScrape;
import dev.hotpath.server.NettyServer;
import dev.hotpath.server.RequestMetrics;
import dev.hotpath.server.ServerConfig;
import dev.hotpath.server.StaticMount;
import dev.hotpath.server.UploadLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Settings of a server, with safe defaults; {@link #start()} binds it. From {@link Hotpath#server}. */
public final class ServerBuilder {
  private final List<Router> routers;
  private String host = "127.0.0.1";
  private int port = 8000;
  private int ioThreads;
  private int maxBodySize = 10 * 1024 * 1024;
  private int maxInitialLineLength = 8192;
  private int maxHeaderSize = 16384;
  private int workerThreads = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());
  private int maxConcurrency = 1024;
  private boolean virtualThreads = true;
  private final List<Filter> filters = new ArrayList<>();
  private Cors cors;
  private boolean compression;
  private int compressionThreshold = 500;
  private final List<Runnable> onStart = new ArrayList<>();
  private final List<Runnable> onStop = new ArrayList<>();
  private Duration slowHandlerThreshold = Duration.ofMillis(100);
  private RequestMetrics metrics = RequestMetrics.NONE;
  private MetricsScrape scrape;
  private Duration keepAliveTimeout = Duration.ofSeconds(60);
  private Duration bodyTimeout = Duration.ofSeconds(30);
  private Duration sendTimeout = Duration.ofSeconds(30);
  private Duration handlerTimeout = Duration.ofSeconds(60);
  private boolean requestIds = true;
  private boolean accessLog;
  private String openApiUrl = DocsConfig.DEFAULT.openApiUrl();
  private String docsUrl = DocsConfig.DEFAULT.docsUrl();
  private String redocUrl = DocsConfig.DEFAULT.redocUrl();
  private String rootPath;
  private Duration stopOnShutdown;
  private UploadLimits uploads = UploadLimits.DEFAULT;
  private Duration eventKeepAlive = Duration.ofSeconds(15);
  private final List<StaticMount> statics = new ArrayList<>();

  ServerBuilder(Router... routers) {
    this.routers = List.of(routers);
  }

  /**
   * Where the API's OpenAPI document is served, as FastAPI's {@code openapi_url}; default
   * {@code /openapi.json}; null serves no document, and so no {@code /docs} or {@code /redoc}.
   */
  public ServerBuilder openApiUrl(String path) {
    this.openApiUrl = path;
    return this;
  }

  /** Where Swagger UI is served, as FastAPI's {@code docs_url}; default {@code /docs}; null for none. */
  public ServerBuilder docsUrl(String path) {
    this.docsUrl = path;
    return this;
  }

  /** Where ReDoc is served, as FastAPI's {@code redoc_url}; default {@code /redoc}; null for none. */
  public ServerBuilder redocUrl(String path) {
    this.redocUrl = path;
    return this;
  }

  /**
   * The path prefix a proxy serves the API under, as FastAPI's {@code root_path}: the document's
   * {@code servers} name it, so "Try it out" calls go through the proxy. A proxy may instead send
   * {@code X-Forwarded-Prefix}. The pages need neither: their URLs are relative.
   */
  public ServerBuilder rootPath(String prefix) {
    this.rootPath = prefix;
    return this;
  }

  /** The interface to listen on; default {@code 127.0.0.1}, {@code 0.0.0.0} for every interface. */
  public ServerBuilder host(String host) {
    this.host = Objects.requireNonNull(host, "host");
    return this;
  }

  /** The port; default 8000, 0 for any free port ({@link Server#port()} tells which). */
  public ServerBuilder port(int port) {
    this.port = check(port, 0, 65535, "port");
    return this;
  }

  /** Event loops; default one per core. */
  public ServerBuilder ioThreads(int ioThreads) {
    this.ioThreads = check(ioThreads, 1, 1024, "ioThreads");
    return this;
  }

  /** Largest request body in bytes; larger ones get 413. Default 10 MiB. */
  public ServerBuilder maxBodySize(int bytes) {
    this.maxBodySize = check(bytes, 0, Integer.MAX_VALUE, "maxBodySize");
    return this;
  }

  /**
   * Limits of a {@code multipart/form-data} body, which is decoded while it arrives instead of being
   * held whole: its total size (default 100 MiB; {@link #maxBodySize} is for the other bodies), the
   * parts it may have (default 1,000), and the size of one text field (default 1 MiB). Over any of
   * them is a 413.
   */
  public ServerBuilder uploadLimits(long maxSize, int maxParts, int maxFieldSize) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("maxSize must be positive, was " + maxSize);
    }
    uploads = new UploadLimits(maxSize, check(maxParts, 1, Integer.MAX_VALUE, "maxParts"),
        check(maxFieldSize, 1, Integer.MAX_VALUE, "maxFieldSize"), uploads.memoryThreshold(), uploads.directory());
    return this;
  }

  /**
   * Where uploaded files larger than {@code memoryThreshold} bytes (default 64 KiB) are streamed
   * while they arrive: a directory (default {@code java.io.tmpdir}); they are deleted when the
   * request ends.
   */
  public ServerBuilder uploadSpill(int memoryThreshold, java.nio.file.Path directory) {
    uploads = new UploadLimits(uploads.maxSize(), uploads.maxParts(), uploads.maxFieldSize(),
        check(memoryThreshold, 0, Integer.MAX_VALUE, "memoryThreshold"), directory);
    return this;
  }

  /**
   * How long a Server-Sent Events stream may go without an event before the server writes a
   * keep-alive comment ({@code : keep-alive}), so proxies and clients keep the connection. Default 15 s.
   */
  public ServerBuilder eventKeepAlive(Duration interval) {
    eventKeepAlive = positive(interval, "eventKeepAlive");
    return this;
  }

  /**
   * Serves the files of {@code directory} under {@code prefix}, as FastAPI's
   * {@code app.mount(prefix, StaticFiles(directory=..., html=True))}: {@code /static/css/a.css} is
   * {@code directory/css/a.css}, a directory answers its {@code index.html}; with {@code ETag},
   * {@code Last-Modified}, 304s and {@code Range}, sent zero-copy where the transport allows. Routes
   * of the API win over files. Nothing outside the directory is ever served, whatever the encoding
   * of the path or the symbolic links inside it. The directory must exist.
   */
  public ServerBuilder staticFiles(String prefix, java.nio.file.Path directory) {
    statics.add(StaticMount.directory(prefix, directory));
    return this;
  }

  /**
   * Serves the resources under {@code folder} of the classpath (a directory or inside a jar) under
   * {@code prefix}, as {@link #staticFiles} does a directory.
   */
  public ServerBuilder staticResources(String prefix, String folder) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    statics.add(StaticMount.classpath(prefix, folder, loader != null ? loader : ServerBuilder.class.getClassLoader()));
    return this;
  }

  /** Longest request line and largest header block in bytes. Defaults 8 KiB and 16 KiB. */
  public ServerBuilder maxRequestHead(int lineBytes, int headerBytes) {
    this.maxInitialLineLength = check(lineBytes, 256, 1 << 20, "lineBytes");
    this.maxHeaderSize = check(headerBytes, 256, 1 << 22, "headerBytes");
    return this;
  }

  /** Platform threads of the worker pool when virtual threads are off or absent (Java 17-20). */
  public ServerBuilder workerThreads(int threads) {
    this.workerThreads = check(threads, 1, 10_000, "workerThreads");
    return this;
  }

  /** Blocking routes in flight (running or queued) before new ones get 503 with Retry-After. Default 1024. */
  public ServerBuilder maxConcurrency(int limit) {
    this.maxConcurrency = check(limit, 1, 1_000_000, "maxConcurrency");
    return this;
  }

  /** Whether blocking routes run on virtual threads when the JVM has them (21+); default true. */
  public ServerBuilder virtualThreads(boolean enabled) {
    this.virtualThreads = enabled;
    return this;
  }

  /** Adds a filter; the first added runs outermost. */
  public ServerBuilder filter(Filter filter) {
    filters.add(Objects.requireNonNull(filter, "filter"));
    return this;
  }

  /** Answers CORS preflights and adds CORS headers, as FastAPI's {@code CORSMiddleware}; outermost of all filters. */
  public ServerBuilder cors(Cors cors) {
    this.cors = Objects.requireNonNull(cors, "cors");
    return this;
  }

  /**
   * gzip/deflate for responses of at least 500 bytes when the client accepts it (never for images,
   * video, archives or event streams), and gzipped request bodies inflated within
   * {@link #maxBodySize}; default off.
   */
  public ServerBuilder compression(boolean enabled) {
    this.compression = enabled;
    return this;
  }

  /** Compression with another minimum response size, in bytes. */
  public ServerBuilder compression(int minimumSize) {
    this.compressionThreshold = check(minimumSize, 0, Integer.MAX_VALUE, "minimumSize");
    this.compression = true;
    return this;
  }

  /** Runs before the server binds (FastAPI's lifespan start); a throw aborts {@link #start()}. */
  public ServerBuilder onStart(Runnable hook) {
    onStart.add(Objects.requireNonNull(hook, "hook"));
    return this;
  }

  /** Runs after the server stopped serving; hooks run in the reverse of the order they were added. */
  public ServerBuilder onStop(Runnable hook) {
    onStop.add(Objects.requireNonNull(hook, "hook"));
    return this;
  }

  /** A non-blocking route holding its event loop longer than this is logged as a warning. Default 100 ms. */
  public ServerBuilder slowHandlerThreshold(Duration threshold) {
    this.slowHandlerThreshold = Objects.requireNonNull(threshold, "threshold");
    return this;
  }

  /**
   * Records request metrics, such as {@code metrics(Metrics.micrometer(registry))}. Off by default,
   * and then costs nothing.
   */
  public ServerBuilder metrics(Metrics metrics) {
    Objects.requireNonNull(metrics, "metrics");
    this.metrics = metrics.requests;
    this.scrape = metrics.scrape;
    return this;
  }

  /**
   * How long a connection may wait for the head of its next request, after connecting or once its
   * responses are written; a client dribbling its headers (slowloris) is closed at the same
   * deadline. Default 60 s.
   */
  public ServerBuilder keepAliveTimeout(Duration timeout) {
    this.keepAliveTimeout = positive(timeout, "keepAliveTimeout");
    return this;
  }

  /** How long a request body may pause between pieces before the connection is closed. Default 30 s. */
  public ServerBuilder bodyTimeout(Duration timeout) {
    this.bodyTimeout = positive(timeout, "bodyTimeout");
    return this;
  }

  /**
   * How long a client may leave its responses unread once the connection's outbound buffer is over
   * its high-water mark, before the connection is closed. Default 30 s.
   */
  public ServerBuilder sendTimeout(Duration timeout) {
    this.sendTimeout = positive(timeout, "sendTimeout");
    return this;
  }

  /**
   * How long a route (binding, the call, its future) may take before the request gets a 503 and
   * the route's future is cancelled. Default 60 s; {@code Duration.ZERO} for no limit.
   */
  public ServerBuilder handlerTimeout(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("handlerTimeout must not be negative, was " + timeout);
    }
    this.handlerTimeout = timeout;
    return this;
  }

  /**
   * Whether every response carries {@code X-Request-Id}: the request's own when it sent a
   * well-formed one, else a new one. Default on.
   */
  public ServerBuilder requestIds(boolean enabled) {
    this.requestIds = enabled;
    return this;
  }

  /**
   * Logs one line per response, those refused before routing too, on the SLF4J logger
   * {@code dev.hotpath.access} at INFO: {@code peer "METHOD target" status bytes millis request-id}
   * (bytes of the body; {@code -} without a request id). The application chooses SLF4J's binding.
   * Default off; while off, SLF4J is not even initialised.
   */
  public ServerBuilder accessLog(boolean enabled) {
    this.accessLog = enabled;
    return this;
  }

  /**
   * Stops gracefully, within {@code grace}, when the JVM shuts down (SIGTERM, SIGINT, or
   * {@code System.exit}): what a container orchestrator expects before it kills the process.
   */
  public ServerBuilder stopOnShutdown(Duration grace) {
    this.stopOnShutdown = Objects.requireNonNull(grace, "grace");
    return this;
  }

  private static Duration positive(Duration value, String name) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /** Starts the server; returns once it listens. */
  public Server start() {
    Server server = NettyServer.start(config());
    if (stopOnShutdown != null) {
      dev.hotpath.server.Signals.stopOnShutdown(server, stopOnShutdown);
    }
    return server;
  }

  /** The settings as built; {@code TestClient.of(builder)} runs them in memory. */
  public ServerConfig config() {
    int loops = ioThreads > 0 ? ioThreads : Runtime.getRuntime().availableProcessors();
    return new ServerConfig(routers, host, port, loops, maxBodySize, maxInitialLineLength, maxHeaderSize,
        workerThreads, maxConcurrency, virtualThreads, filters, cors, compression, compressionThreshold, onStart, onStop,
        slowHandlerThreshold, metrics, scrape, keepAliveTimeout, bodyTimeout, sendTimeout, handlerTimeout, requestIds,
        accessLog, new DocsConfig(openApiUrl, docsUrl, redocUrl, rootPath), uploads,
        eventKeepAlive, statics);
  }

  private static int check(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
    }
    return value;
  }
}
