package dev.hotpath;

import dev.hotpath.internal.Resource;
import dev.hotpath.internal.RouteInfo;
import java.util.List;

/**
 * What a generated {@code <Api>Router} implements: a static dispatch table over the API's routes.
 * Users never implement it by hand; they construct the generated class with their controllers and
 * pass it to {@link Hotpath#server} or {@code TestClient.of}.
 */
public interface Router {
  /**
   * The resource whose path template matches the raw request path (no query), or null. Generated
   * branches over the path's segments; allocates nothing, and its cost depends on the path, not on
   * the number of routes.
   */
  Resource match(String path);

  /** Every route, in source order, for the start-up route table. */
  List<RouteInfo> routes();

  /**
   * The class-path resource holding the API's OpenAPI document, written at compile time
   * ({@code META-INF/hotpath/<api>/openapi.json}); null for a router without one.
   */
  default String openApiResource() {
    return null;
  }
}
