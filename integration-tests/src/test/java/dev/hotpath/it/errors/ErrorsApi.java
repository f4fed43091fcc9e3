package dev.hotpath.it.errors;

import dev.hotpath.Api;

/** An API with exception handlers: its controller's own, and API-wide ones. */
@Api(title = "Errors", controllers = ErrorsController.class, exceptionHandlers = ApiErrors.class)
public final class ErrorsApi {
  private ErrorsApi() {}
}
