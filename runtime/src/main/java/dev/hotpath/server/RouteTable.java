package dev.hotpath.server;

import dev.hotpath.Router;
import dev.hotpath.internal.RouteInfo;
import java.util.List;

/** The start-up route table: each route's method, path, execution mode and source method. */
public final class RouteTable {
  private RouteTable() {}

  public static String format(List<Router> routers) {
    StringBuilder table = new StringBuilder("Routes:");
    for (Router router : routers) {
      for (RouteInfo route : router.routes()) {
        table.append(String.format("%n  %-7s %-40s %-12s %s", route.method(), route.template(), route.mode(),
            route.source()));
      }
    }
    return table.toString();
  }
}
