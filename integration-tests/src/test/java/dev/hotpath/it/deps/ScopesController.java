package dev.hotpath.it.deps;

import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.HttpException;
import dev.hotpath.Requires;
import dev.hotpath.it.deps.Values.Fragile;
import dev.hotpath.it.deps.Values.Session;
import dev.hotpath.it.deps.Values.Tx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Routes using scoped providers: closed after the response, whatever happened. */
@Controller("/scoped")
public class ScopesController {
  private final Resources resources;

  public ScopesController(Resources resources) {
    this.resources = resources;
  }

  @Get("/ok")
  public String ok(Tx tx, Session session) {
    resources.events.add("route");
    return "ok " + tx.db().id() + " " + session.name();
  }

  @Get("/fail")
  public String fail(Tx tx) {
    resources.events.add("route");
    throw new IllegalStateException("boom");
  }

  @Get("/missing")
  public String missing(Tx tx, int required) {
    return "never";
  }

  @Get("/async-fail")
  public CompletionStage<String> asyncFail(Tx tx) {
    return CompletableFuture.failedFuture(new HttpException(409, "conflict"));
  }

  @Get("/slow")
  public String slow(Tx tx, long millis) throws InterruptedException {
    resources.events.add("route");
    Thread.sleep(millis);
    return "late";
  }

  @Requires(Fragile.class)
  @Get("/fragile")
  public String fragile(Tx tx) {
    return "fine";
  }
}
