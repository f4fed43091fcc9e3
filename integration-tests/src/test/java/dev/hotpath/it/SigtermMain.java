package dev.hotpath.it;

import dev.hotpath.Hotpath;
import dev.hotpath.it.api.Sleeper;
import java.time.Duration;

/** A server in its own process, for the SIGTERM test: prints its port, then serves until killed. */
public final class SigtermMain {
  private SigtermMain() {}

  public static void main(String[] args) throws InterruptedException {
    Sleeper announcing = new Sleeper() {
      @Override
      public void sleep(long millis) throws InterruptedException {
        System.out.println("SLEEPING"); // the test sends SIGTERM once a request is in flight
        System.out.flush();
        super.sleep(millis);
      }
    };
    var server = Hotpath.server(Apis.router(announcing)).port(0).stopOnShutdown(Duration.ofSeconds(10)).start();
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
