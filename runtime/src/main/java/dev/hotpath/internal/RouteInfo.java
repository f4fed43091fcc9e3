package dev.hotpath.internal;

/**
 * What the start-up route table and the logs say about a route.
 *
 * @param method HTTP method, upper case
 * @param template full path template, such as {@code /items/{id}}
 * @param mode where the route runs
 * @param source the controller method, {@code ItemController#get(long, Optional)}
 */
public record RouteInfo(String method, String template, Mode mode, String source) {
  @Override
  public String toString() {
    return method + " " + template + " (" + source + ")";
  }
}
