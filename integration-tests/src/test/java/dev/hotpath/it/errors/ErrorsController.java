package dev.hotpath.it.errors;

import dev.hotpath.Controller;
import dev.hotpath.ExceptionHandler;
import dev.hotpath.Get;
import dev.hotpath.HttpException;
import dev.hotpath.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Routes that fail in every way, and a handler of its own. */
@Controller("/errors")
public class ErrorsController {
  @Get("/argument")
  public String argument() {
    throw new IllegalArgumentException("no such argument");
  }

  @Get("/number")
  public String number() {
    throw new NumberFormatException("x is not a number");
  }

  @Get("/state")
  public String state() {
    throw new IllegalStateException("already shipped");
  }

  @Get("/state-later")
  public CompletionStage<String> stateLater() {
    return CompletableFuture.supplyAsync(() -> {
      throw new IllegalStateException("shipped meanwhile");
    });
  }

  @Get("/http")
  public String http() {
    throw new HttpException(418, "I'm a teapot");
  }

  @Get("/broken")
  public String broken() {
    throw new UnsupportedOperationException("nope");
  }

  @Get("/unhandled")
  public String unhandled() {
    throw new ArithmeticException("divided by zero");
  }

  @Get("/invalid")
  public String invalid(int count) {
    return "count " + count;
  }

  /** A catch-all of this controller: it must not swallow validation errors (they stay the 422). */
  @ExceptionHandler
  public Response<String> anything(Exception exception) {
    return Response.status(500).header("X-Handler", "catch-all").body("caught " + exception.getClass().getSimpleName());
  }

  /** This controller's own: any IllegalArgumentException of its routes, unless the API has a more specific one. */
  @ExceptionHandler
  public Response<String> argument(IllegalArgumentException exception) {
    return Response.status(400).header("X-Handler", "controller").body("bad argument: " + exception.getMessage());
  }
}
