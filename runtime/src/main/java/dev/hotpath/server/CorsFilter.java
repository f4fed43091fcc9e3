package dev.hotpath.server;

import dev.hotpath.Cors;
import dev.hotpath.Filter;
import dev.hotpath.Request;
import dev.hotpath.Response;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * {@link Cors} as Starlette's {@code CORSMiddleware} applies it: preflights answered here (200 with
 * the allowed methods and headers, or 400 naming what is disallowed), simple requests passed on
 * and given {@code Access-Control-Allow-Origin} when their origin is allowed. The outermost filter.
 */
final class CorsFilter implements Filter {
  /** Headers a browser may always send (CORS-safelisted), as Starlette allows them. */
  private static final java.util.List<String> SAFELISTED_NAMES =
      java.util.List.of("Accept", "Accept-Language", "Content-Language", "Content-Type");
  private static final Set<String> SAFELISTED =
      SAFELISTED_NAMES.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

  private final Cors cors;
  private final boolean anyOrigin;
  private final boolean anyMethod;
  private final boolean anyHeader;
  private final Set<String> origins;
  private final Set<String> allowedHeaders;
  private final String methods;
  private final String headers;
  private final String exposed;
  private final String maxAge;

  CorsFilter(Cors cors) {
    this.cors = cors;
    this.anyOrigin = cors.origins().contains("*");
    this.anyMethod = cors.methods().contains("*");
    this.anyHeader = cors.headers().contains("*");
    this.origins = Set.copyOf(cors.origins());
    this.allowedHeaders = cors.headers().stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    this.methods = anyMethod ? "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT" : String.join(", ", cors.methods());
    this.headers = String.join(", ", sortedHeaders());
    this.exposed = String.join(", ", cors.exposedHeaders());
    this.maxAge = Long.toString(cors.maxAge().toSeconds());
  }

  /** The safelisted headers and the allowed ones, sorted, as Starlette lists them. */
  private java.util.List<String> sortedHeaders() {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(SAFELISTED_NAMES);
    cors.headers().stream().filter(h -> !h.equals("*")).forEach(all::add);
    return java.util.List.copyOf(all);
  }

  @Override
  public CompletionStage<Response<?>> filter(Request request, Chain chain) {
    String origin = request.header("origin");
    if (origin == null) {
      return chain.next(request);
    }
    if ("OPTIONS".equals(request.method()) && request.header("access-control-request-method") != null) {
      return CompletableFuture.completedFuture(preflight(request, origin));
    }
    return chain.next(request).thenApply(response -> simple(response, origin));
  }

  private Response<?> preflight(Request request, String origin) {
    StringBuilder failures = new StringBuilder();
    boolean originAllowed = allowed(origin);
    if (!originAllowed) {
      failures.append("origin");
    }
    String method = request.header("access-control-request-method").toUpperCase(Locale.ROOT);
    if (!anyMethod && !cors.methods().contains(method)) {
      failures.append(failures.length() > 0 ? ", " : "").append("method");
    }
    String requested = request.header("access-control-request-headers");
    if (requested != null && !anyHeader) {
      for (String header : requested.split(",")) {
        String name = header.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !SAFELISTED.contains(name) && !allowedHeaders.contains(name)) {
          failures.append(failures.length() > 0 ? ", " : "").append("headers");
          break;
        }
      }
    }
    Response.Builder answer = Response.status(failures.length() == 0 ? 200 : 400);
    if (originAllowed) {
      answer.header("Access-Control-Allow-Origin", anyOrigin && !cors.credentials() ? "*" : origin);
    }
    if (!anyOrigin || cors.credentials()) {
      answer.header("Vary", "Origin");
    }
    answer.header("Access-Control-Allow-Methods", methods)
        .header("Access-Control-Max-Age", maxAge)
        .header("Access-Control-Allow-Headers", anyHeader && requested != null ? requested : headers);
    if (cors.credentials()) {
      answer.header("Access-Control-Allow-Credentials", "true");
    }
    return answer.body(failures.length() == 0 ? "OK" : "Disallowed CORS " + failures);
  }

  private Response<?> simple(Response<?> response, String origin) {
    if (!allowed(origin)) {
      return response;
    }
    Response<?> answer = response.withHeader("Access-Control-Allow-Origin",
        anyOrigin && !cors.credentials() ? "*" : origin);
    if (!anyOrigin || cors.credentials()) {
      answer = answer.withHeader("Vary", "Origin");
    }
    if (cors.credentials()) {
      answer = answer.withHeader("Access-Control-Allow-Credentials", "true");
    }
    if (!exposed.isEmpty()) {
      answer = answer.withHeader("Access-Control-Expose-Headers", exposed);
    }
    return answer;
  }

  private boolean allowed(String origin) {
    return anyOrigin || origins.contains(origin);
  }
}
