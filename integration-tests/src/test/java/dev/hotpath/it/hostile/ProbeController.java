package dev.hotpath.it.hostile;

import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.Post;
import dev.hotpath.Request;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the requests that reach a handler: a hostile request must not, or only as the one it is. */
@Controller("/probe")
public class ProbeController {
  public final AtomicInteger hits = new AtomicInteger();

  @Get("")
  public String get(Request request) {
    hits.incrementAndGet();
    return "probe " + request.path();
  }

  @Post("")
  public String post(Request request) {
    hits.incrementAndGet();
    return "body " + request.body().length;
  }
}
