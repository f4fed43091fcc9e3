package dev.hotpath.it.fuzz;

import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.Header;
import dev.hotpath.NonBlocking;
import dev.hotpath.Post;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes for the fuzzer that all run inline, so one input is answered within one call: path,
 * query, header and JSON body binding, validation and the error paths.
 */
@Controller("/f")
public class FuzzController {
  /** A body with nesting, a collection, a map and constraints. */
  public record Order(@NotBlank @Size(max = 20) String item, @Max(100) int quantity, List<@NotBlank String> tags,
      Map<String, Double> prices, Optional<Order> next) {}

  @NonBlocking
  @Get("/items/{id}")
  public String item(long id, Optional<String> q, @Header("X-Mode") Optional<Integer> mode) {
    return id + " " + q.orElse("-") + " " + mode.orElse(0);
  }

  @NonBlocking
  @Post("/orders")
  public Order order(Order order) {
    return order;
  }

  @NonBlocking
  @Get("/files/{rest:path}")
  public String file(String rest) {
    return rest;
  }
}
