package dev.hotpath.it;

import dev.hotpath.it.api.JsonController;
import dev.hotpath.it.api.ModesController;
import dev.hotpath.it.api.ParamsController;
import dev.hotpath.it.api.RoutingController;
import dev.hotpath.it.api.Sleeper;
import dev.hotpath.it.api.TasksController;
import dev.hotpath.it.api.TestApiRouter;

/** The generated router of the test API, with fresh controllers. */
final class Apis {
  private Apis() {}

  static TestApiRouter router() {
    return router(new Sleeper());
  }

  static TestApiRouter router(TasksController tasks) {
    return new TestApiRouter(new ParamsController(), new RoutingController(), new ModesController(new Sleeper()),
        new JsonController(), tasks);
  }

  static TestApiRouter router(ModesController modes) {
    return new TestApiRouter(new ParamsController(), new RoutingController(), modes, new JsonController(),
        new TasksController());
  }

  static TestApiRouter router(Sleeper sleeper) {
    return new TestApiRouter(new ParamsController(), new RoutingController(), new ModesController(sleeper),
        new JsonController(), new TasksController());
  }
}
