package dev.hotpath.it.deps;

import dev.hotpath.Api;
import dev.hotpath.Requires;

/** FastAPI's {@code FastAPI(dependencies=[Depends(get_query_token)])} over the items router. */
@Api(title = "Bigger application", controllers = ItemsController.class, providers = Tokens.class)
@Requires(Values.QueryToken.class)
public final class BiggerApi {
  private BiggerApi() {}
}
