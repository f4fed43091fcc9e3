package dev.hotpath.it.forms;

import dev.hotpath.Api;

/** Form bodies and uploads. */
@Api(title = "Forms", version = "1.0", controllers = FormsController.class, providers = FormProviders.class)
public final class FormsApi {
  private FormsApi() {}
}
