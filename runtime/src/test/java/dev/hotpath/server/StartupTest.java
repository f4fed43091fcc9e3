package dev.hotpath.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotpath.Response;
import dev.hotpath.Router;
import dev.hotpath.internal.Endpoint;
import dev.hotpath.internal.Mode;
import dev.hotpath.internal.Resource;
import dev.hotpath.internal.RouteInfo;
import io.netty.channel.epoll.Epoll;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the server decides and says at start-up. */
class StartupTest {
  @Test
  void nativeEpollWhenItLoadsElseNio() {
    assertThat(Transport.best().name()).isEqualTo(Epoll.isAvailable() ? "epoll" : "nio");
    System.setProperty("hotpath.nio", "true");
    try {
      assertThat(Transport.best().name()).isEqualTo("nio");
    } finally {
      System.clearProperty("hotpath.nio");
    }
  }

  @Test
  void routeTableListsMethodPathModeAndSource() {
    RouteInfo route = new RouteInfo("GET", "/items/{id}", Mode.BLOCKING, "ItemController#get(long)");
    Resource resource = new Resource("/items/{id}", new Endpoint(route, exchange -> Response.ok("x")));
    Router router = new Router() {
      @Override
      public Resource match(String path) {
        return resource;
      }

      @Override
      public List<RouteInfo> routes() {
        return List.of(route);
      }
    };
    assertThat(RouteTable.format(List.of(router))).contains("Routes:")
        .containsPattern("GET +/items/\\{id\\} +BLOCKING +ItemController#get\\(long\\)");
  }

  @Test
  void allowListsHeadWithGetAndAlwaysOptions() {
    Resource resource = new Resource("/x",
        new Endpoint(new RouteInfo("DELETE", "/x", Mode.BLOCKING, "X#d()"), exchange -> null),
        new Endpoint(new RouteInfo("GET", "/x", Mode.BLOCKING, "X#g()"), exchange -> null));
    assertThat(resource.allow()).isEqualTo("GET, HEAD, DELETE, OPTIONS");
    assertThat(resource.endpoint("HEAD")).isSameAs(resource.endpoint("GET"));
    assertThat(resource.endpoint("POST")).isNull();
  }
}
