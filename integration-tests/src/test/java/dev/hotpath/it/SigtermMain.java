package dev.hotpath.it;

import dev.hotpath.Hotpath;
import java.time.Duration;

/** A server in its own process, for the SIGTERM test: prints its port, then serves until killed. */
public final class SigtermMain {
  private SigtermMain() {}

  public static void main(String[] args) throws InterruptedException {
    var server = Hotpath.server(Apis.router()).port(0).stopOnShutdown(Duration.ofSeconds(10)).start();
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
