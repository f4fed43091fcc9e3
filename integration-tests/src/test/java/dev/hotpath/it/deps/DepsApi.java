package dev.hotpath.it.deps;

import dev.hotpath.Api;

/** Dependencies: FastAPI's tutorials, scoped resources, and providers in every mode. */
@Api(title = "Dependencies", controllers = {TutorialController.class, ScopesController.class, ThreadsController.class},
    providers = {CommonProviders.class, Checks.class, Resources.class, Threads.class})
public final class DepsApi {
  private DepsApi() {}
}
