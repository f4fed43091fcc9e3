package dev.hotpath;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Cross-origin resource sharing, as FastAPI's {@code CORSMiddleware}: set with the server builder's
 * {@code cors(...)}. Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * Hotpath.server(router).cors(Cors.allowOrigins("https://app.example.com")
 *     .allowCredentials(true).allowMethods("*").allowHeaders("*")).start();
 * }</pre>
 *
 * <p>Defaults as FastAPI's: only {@code GET} allowed, no extra headers, no credentials, nothing
 * exposed, preflights cached for 600 seconds. {@code "*"} allows every origin, method or header.
 */
public final class Cors {
  private final List<String> origins;
  private final boolean credentials;
  private final List<String> methods;
  private final List<String> headers;
  private final List<String> exposed;
  private final Duration maxAge;

  private Cors(List<String> origins, boolean credentials, List<String> methods, List<String> headers,
      List<String> exposed, Duration maxAge) {
    this.origins = origins;
    this.credentials = credentials;
    this.methods = methods;
    this.headers = headers;
    this.exposed = exposed;
    this.maxAge = maxAge;
  }

  /** The origins allowed, such as {@code https://app.example.com}, or {@code "*"} for any. */
  public static Cors allowOrigins(String... origins) {
    return new Cors(List.of(origins), false, List.of("GET"), List.of(), List.of(), Duration.ofSeconds(600));
  }

  /** Whether cookies and authorization may be sent; the allowed origin is then echoed, never {@code *}. */
  public Cors allowCredentials(boolean allow) {
    return new Cors(origins, allow, methods, headers, exposed, maxAge);
  }

  public Cors allowMethods(String... methods) {
    return new Cors(origins, credentials, upper(methods), headers, exposed, maxAge);
  }

  public Cors allowHeaders(String... headers) {
    return new Cors(origins, credentials, methods, List.of(headers), exposed, maxAge);
  }

  /** Response headers a browser script may read. */
  public Cors exposeHeaders(String... headers) {
    return new Cors(origins, credentials, methods, this.headers, List.of(headers), maxAge);
  }

  /** How long a browser may cache a preflight answer. */
  public Cors maxAge(Duration maxAge) {
    return new Cors(origins, credentials, methods, headers, exposed, Objects.requireNonNull(maxAge, "maxAge"));
  }

  public List<String> origins() {
    return origins;
  }

  public boolean credentials() {
    return credentials;
  }

  public List<String> methods() {
    return methods;
  }

  public List<String> headers() {
    return headers;
  }

  public List<String> exposedHeaders() {
    return exposed;
  }

  public Duration maxAge() {
    return maxAge;
  }

  private static List<String> upper(String[] values) {
    return java.util.Arrays.stream(values).map(v -> v.toUpperCase(Locale.ROOT)).toList();
  }
}
