package dev.hotpath.internal;

/**
 * A generated route handler: binds the parameters from the exchange, calls the controller method
 * and returns a {@code Response<?>} or a {@code CompletionStage} of one.
 */
@FunctionalInterface
public interface Invoker {
  Object invoke(Exchange exchange) throws Exception;
}
