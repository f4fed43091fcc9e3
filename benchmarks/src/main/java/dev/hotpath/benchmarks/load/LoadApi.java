package dev.hotpath.benchmarks.load;

import dev.hotpath.Api;
import dev.hotpath.Controller;
import dev.hotpath.Default;
import dev.hotpath.Get;
import dev.hotpath.NonBlocking;
import dev.hotpath.Post;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load benchmark's endpoints, the same on every server: at the root they run on the event loop
 * (Hotpath's {@code @NonBlocking}), under {@code /blocking} on the worker pool (plain methods, which
 * Hotpath runs there by default). {@code /blocking/sleep} holds a worker for a millisecond, for the
 * mixed-load test.
 */
@Api(title = "Load benchmark", controllers = {LoadApi.EventLoopRoutes.class, LoadApi.BlockingRoutes.class})
public final class LoadApi {
  private LoadApi() {}

  public record Message(String message) {}

  public record Echo(String name, int n) {}

  public record NewItem(@NotBlank @Size(max = 40) String name, @Positive BigDecimal price,
      @Size(max = 5) List<@NotBlank String> tags) {}

  public record Item(long id, String name, BigDecimal price, List<String> tags) {}

  static final String HELLO = "Hello, World!";
  private static final AtomicLong IDS = new AtomicLong();

  static Item created(NewItem item) {
    return new Item(IDS.incrementAndGet(), item.name(), item.price(), item.tags());
  }

  @Controller
  public static final class EventLoopRoutes {
    @NonBlocking
    @Get("/plaintext")
    public String plaintext() {
      return HELLO;
    }

    @NonBlocking
    @Get("/json")
    public Message json() {
      return new Message(HELLO);
    }

    @NonBlocking
    @Get("/echo/{name}")
    public Echo echo(String name, @Default("1") int n) {
      return new Echo(name, n);
    }

    @NonBlocking
    @Post("/items")
    public Item create(NewItem item) {
      return created(item);
    }
  }

  @Controller("/blocking")
  public static final class BlockingRoutes {
    @Get("/plaintext")
    public String plaintext() {
      return HELLO;
    }

    @Get("/json")
    public Message json() {
      return new Message(HELLO);
    }

    @Get("/echo/{name}")
    public Echo echo(String name, @Default("1") int n) {
      return new Echo(name, n);
    }

    @Post("/items")
    public Item create(NewItem item) {
      return created(item);
    }

    @Get("/sleep")
    public String sleep() throws InterruptedException {
      Thread.sleep(1);
      return HELLO;
    }
  }
}
