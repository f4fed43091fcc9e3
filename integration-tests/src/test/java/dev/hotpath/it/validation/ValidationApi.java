package dev.hotpath.it.validation;

import dev.hotpath.Api;
import dev.hotpath.Controller;
import dev.hotpath.ExceptionHandler;
import dev.hotpath.Get;
import dev.hotpath.RequestValidationException;
import dev.hotpath.Response;
import dev.hotpath.ValidationError;
import java.util.stream.Collectors;

/** An API that answers validation errors its own way, as FastAPI's RequestValidationError handler. */
@Api(title = "Validation", controllers = ValidationApi.Counts.class, exceptionHandlers = ValidationApi.Errors.class)
public final class ValidationApi {
  private ValidationApi() {}

  @Controller("/counts")
  public static final class Counts {
    @Get("/{count}")
    public String count(int count) {
      return "count " + count;
    }
  }

  public static final class Errors {
    @ExceptionHandler
    public Response<String> invalid(RequestValidationException exception) {
      return Response.status(400).body(exception.errors().stream()
          .map(ValidationError::type).collect(Collectors.joining(",")));
    }
  }
}
