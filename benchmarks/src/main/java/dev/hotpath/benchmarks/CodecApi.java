package dev.hotpath.benchmarks;

import dev.hotpath.Api;
import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.NonBlocking;
import dev.hotpath.Post;

/** A small API: the order's codec ({@code CodecApiJson}) and a plaintext route for dispatch benchmarks. */
@Api(title = "Codec benchmark", controllers = {CodecApi.Orders.class, CodecApi.Hello.class})
public final class CodecApi {
  private CodecApi() {}

  @Controller
  public static final class Hello {
    @NonBlocking
    @Get("/hello")
    public String hello() {
      return "Hello, World!";
    }
  }

  @Controller("/orders")
  public static final class Orders {
    @Post("/")
    public Order echo(Order order) {
      return order;
    }
  }
}
