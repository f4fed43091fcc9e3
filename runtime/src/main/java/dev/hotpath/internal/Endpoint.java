package dev.hotpath.internal;

import java.util.Objects;

/** One route: its method and template, how it runs, and the generated code that runs it. */
public final class Endpoint {
  private final RouteInfo info;
  private final Invoker invoker;
  private final ErrorHandler errors;
  private final Step[] steps;
  private final Mode[] stepModes;

  public Endpoint(RouteInfo info, Invoker invoker) {
    this(info, invoker, null);
  }

  /** @param errors the route's exception handlers, or null when it has none */
  public Endpoint(RouteInfo info, Invoker invoker, ErrorHandler errors) {
    this(info, invoker, errors, new Step[0], new Mode[0]);
  }

  /**
   * @param steps the route's providers, in the order they run (dependencies first), before the route
   * @param stepModes where each step runs
   */
  public Endpoint(RouteInfo info, Invoker invoker, ErrorHandler errors, Step[] steps, Mode[] stepModes) {
    this.info = Objects.requireNonNull(info, "info");
    this.invoker = Objects.requireNonNull(invoker, "invoker");
    this.errors = errors;
    if (steps.length != stepModes.length) {
      throw new IllegalArgumentException("One mode per step");
    }
    this.steps = steps.clone();
    this.stepModes = stepModes.clone();
  }

  /** How many providers run before the route. */
  public int steps() {
    return steps.length;
  }

  public Step step(int index) {
    return steps[index];
  }

  public Mode stepMode(int index) {
    return stepModes[index];
  }

  /** Where the request starts: its first provider's mode, or the route's own. */
  public Mode startMode() {
    return steps.length == 0 ? info.mode() : stepModes[0];
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
