package dev.hotpath.server;

import dev.hotpath.HttpException;
import dev.hotpath.Response;
import dev.hotpath.RequestValidationException;
import dev.hotpath.internal.RouteInfo;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what a route threw into FastAPI's responses; only a 500 is logged, and never explained. */
public final class ErrorResponses {
  private static final System.Logger LOG = System.getLogger("dev.hotpath.server");

  private ErrorResponses() {}

  public static Response<?> notFound() {
    return Response.status(404).body(ErrorBodies.detail("Not Found"));
  }

  public static Response<?> methodNotAllowed(String allow) {
    return Response.status(405).header("Allow", allow).body(ErrorBodies.detail("Method Not Allowed"));
  }

  public static Response<?> overloaded() {
    return Response.status(503).header("Retry-After", "1").body(ErrorBodies.detail("Service Unavailable"));
  }

  public static Response<?> badRequest(String detail) {
    return status(400, detail);
  }

  /** {@code {"detail": ...}} with this status. */
  public static Response<?> status(int status, String detail) {
    return Response.status(status).body(ErrorBodies.detail(detail));
  }

  /** The response for a failure; {@code route} names the route in the log, null outside routes. */
  public static Response<?> of(Throwable failure, RouteInfo route) {
    Throwable cause = unwrap(failure);
    if (cause instanceof HttpException http) {
      Response.Builder builder = Response.status(http.status());
      for (Map.Entry<String, String> header : http.headers()) {
        builder.header(header.getKey(), header.getValue());
      }
      return builder.body(ErrorBodies.detail(http.detail()));
    }
    if (cause instanceof RequestValidationException invalid) {
      return Response.status(422).body(ErrorBodies.validation(invalid.errors()));
    }
    LOG.log(Level.ERROR, "Unhandled exception in " + (route == null ? "the server" : "route " + route), cause);
    return internalError();
  }

  public static Response<?> internalError() {
    return Response.status(500).body(ErrorBodies.detail("Internal Server Error"));
  }

  /** The failure inside {@code CompletionException}s and {@code ExecutionException}s. */
  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
