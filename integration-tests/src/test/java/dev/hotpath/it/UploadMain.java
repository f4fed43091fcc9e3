package dev.hotpath.it;

import dev.hotpath.Hotpath;
import dev.hotpath.it.forms.FormsApiRouter;
import dev.hotpath.it.forms.FormProviders;
import dev.hotpath.it.forms.FormsController;
import java.nio.file.Path;

/** A forms server in its own small-heap process, for the large-upload test: prints its port, then serves. */
public final class UploadMain {
  private UploadMain() {}

  /** @param args the spill directory */
  public static void main(String[] args) throws InterruptedException {
    Path spill = Path.of(args[0]);
    var server = Hotpath.server(new FormsApiRouter(new FormsController(spill), new FormProviders())).port(0)
        .uploadLimits(200L * 1024 * 1024, 100, 1024).uploadSpill(64 * 1024, spill).start();
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
