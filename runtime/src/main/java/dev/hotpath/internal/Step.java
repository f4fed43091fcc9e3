package dev.hotpath.internal;

/**
 * One provider of a route that has dependencies, generated: binds the provider's parameters,
 * calls it and keeps its value for the request. Returns null when it is done, or the stage of a
 * non-blocking provider (the next step waits for it). Steps run in order, each in its own mode,
 * before the route.
 */
@FunctionalInterface
public interface Step {
  Object run(Exchange exchange) throws Exception;
}
