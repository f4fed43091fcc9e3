package dev.hotpath.it.fuzz;

import dev.hotpath.Api;

/** The API the pipeline fuzzer drives. */
@Api(title = "Fuzz", controllers = FuzzController.class)
public final class FuzzApi {
  private FuzzApi() {}
}
