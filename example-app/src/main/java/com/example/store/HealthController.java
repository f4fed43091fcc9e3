package com.example.store;

import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.NonBlocking;
import java.util.Map;

/** Liveness: trivial compute, run inline on the event loop. */
@Controller
public final class HealthController {
  @NonBlocking
  @Get("/health")
  public Map<String, String> health() {
    return Map.of("status", "ok");
  }
}
