package dev.hotpath.it.api;

import dev.hotpath.Api;

/** The API every integration test runs against. */
@Api(title = "Integration", version = "1.0",
    controllers = {ParamsController.class, RoutingController.class, ModesController.class,
        JsonController.class, TasksController.class})
public final class TestApi {
  private TestApi() {}
}
