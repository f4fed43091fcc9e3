package dev.hotpath.internal;

import java.util.Objects;

/** One route: its method and template, how it runs, and the generated code that runs it. */
public final class Endpoint {
  private final RouteInfo info;
  private final Invoker invoker;
  private final ErrorHandler errors;

  public Endpoint(RouteInfo info, Invoker invoker) {
    this(info, invoker, null);
  }

  /** @param errors the route's exception handlers, or null when it has none */
  public Endpoint(RouteInfo info, Invoker invoker, ErrorHandler errors) {
    this.info = Objects.requireNonNull(info, "info");
    this.invoker = Objects.requireNonNull(invoker, "invoker");
    this.errors = errors;
  }

  /** The route's exception handlers, or null. */
  public ErrorHandler errors() {
    return errors;
  }

  public RouteInfo info() {
    return info;
  }

  public Mode mode() {
    return info.mode();
  }

  public Object invoke(Exchange exchange) throws Exception {
    return invoker.invoke(exchange);
  }

  @Override
  public String toString() {
    return info.toString();
  }
}
