package dev.hotpath.it.hostile;

import dev.hotpath.Api;

/** The API the hostile-request corpus is thrown at. */
@Api(title = "Hostile", controllers = ProbeController.class)
public final class HostileApi {
  private HostileApi() {}
}
