package dev.hotpath.benchmarks;

import dev.hotpath.Api;
import dev.hotpath.Controller;
import dev.hotpath.Post;

/** A one-route API, so the processor generates {@code CodecApiJson} with the order's codec. */
@Api(title = "Codec benchmark", controllers = CodecApi.Orders.class)
public final class CodecApi {
  private CodecApi() {}

  @Controller("/orders")
  public static final class Orders {
    @Post("/")
    public Order echo(Order order) {
      return order;
    }
  }
}
