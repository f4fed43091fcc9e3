package dev.hotpath.it.errors;

import dev.hotpath.ExceptionHandler;
import dev.hotpath.HttpException;
import dev.hotpath.Request;
import dev.hotpath.Response;

/** Handlers for every route of the API. */
public class ApiErrors {
  /** A JSON body for a domain failure. */
  public record Problem(String error, String path) {}

  @ExceptionHandler
  public Response<Problem> conflict(IllegalStateException exception, Request request) {
    return Response.status(409).body(new Problem(exception.getMessage(), request.path()));
  }

  @ExceptionHandler
  public Response<String> badNumber(NumberFormatException exception) {
    return Response.status(400).header("X-Handler", "api").body("bad number: " + exception.getMessage());
  }

  @ExceptionHandler
  public static Response<String> teapot(HttpException exception) {
    return Response.status(exception.status()).header("X-Handled", "yes").body("handled " + exception.detail());
  }

  @ExceptionHandler
  public Response<String> broken(UnsupportedOperationException exception) {
    throw new IllegalArgumentException("the handler itself fails");
  }
}
