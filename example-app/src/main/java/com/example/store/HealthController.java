package com.example.store;

import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.NonBlocking;

/** Liveness: trivial compute, run inline on the event loop. */
@Controller
public final class HealthController {
  @NonBlocking
  @Get("/health")
  public String health() {
    return "ok\n";
  }
}
