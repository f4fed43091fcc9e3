package dev.hotpath.internal;

/**
 * A route's generated exception handling: the most specific {@code @ExceptionHandler} for the
 * failure answers with its {@code Response}; a failure no handler takes is rethrown.
 */
@FunctionalInterface
public interface ErrorHandler {
  Object handle(Throwable failure, Exchange exchange) throws Throwable;
}
