package dev.hotpath.benchmarks.load;

import dev.hotpath.Hotpath;
import java.time.Duration;

/** Hotpath with its defaults but one event loop, as every server in the load benchmark: {@code <port>}. */
public final class HotpathLoadServer {
  private HotpathLoadServer() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Hotpath.server(new LoadApiRouter(new LoadApi.EventLoopRoutes(), new LoadApi.BlockingRoutes()))
        .host("127.0.0.1").port(port).ioThreads(1).stopOnShutdown(Duration.ofSeconds(2)).start();
  }
}
