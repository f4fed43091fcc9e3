package com.example.store;

import dev.hotpath.Controller;
import dev.hotpath.Default;
import dev.hotpath.Delete;
import dev.hotpath.Get;
import dev.hotpath.Header;
import dev.hotpath.HttpException;
import dev.hotpath.Post;
import dev.hotpath.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/** Items in the store. Plain-value routes run JDBC on the worker pool; the price route composes futures. */
@Controller(value = "/items", tags = "items")
public final class ItemController {
  private final ItemRepository repository;
  private final RateService rates;

  public ItemController(ItemRepository repository, RateService rates) {
    this.repository = repository;
    this.rates = rates;
  }

  /** Lists items, optionally filtered by name. */
  @Get("/")
  public String list(Optional<String> q, @Default("10") int limit, @Default("0") int offset) {
    if (limit < 1 || limit > 100) {
      throw new HttpException(400, "limit must be between 1 and 100");
    }
    return repository.list(q.orElse(""), limit, offset).stream().map(Item::toText)
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /** Reads one item. */
  @Get("/{id}")
  public String get(long id) {
    return find(id).toText() + "\n";
  }

  /** Adds an item; answers 201 with its location. */
  @Post(value = "/", status = 201)
  public Response<String> create(String name, BigDecimal price) {
    if (name.isBlank() || name.length() > 80) {
      throw new HttpException(400, "name must be 1 to 80 characters");
    }
    if (price.signum() <= 0) {
      throw new HttpException(400, "price must be positive");
    }
    Item item = repository.insert(name.strip(), price);
    return Response.status(201).header("Location", "/items/" + item.id()).body(item.toText() + "\n");
  }

  /** Deletes an item. */
  @Delete("/{id}")
  public void delete(long id) {
    if (!repository.delete(id)) {
      throw new HttpException(404, "Item not found");
    }
  }

  /**
   * An item's price in another currency: the database read (on the repository's executor) and the
   * rate lookup run concurrently, and the route never blocks its event loop.
   */
  @Get("/{id}/price")
  public CompletionStage<String> price(long id, @Header("X-Currency") @Default("EUR") Currency currency) {
    return repository.findAsync(id).thenCombine(rates.rate(currency), (item, rate) -> {
      Item found = item.orElseThrow(() -> new HttpException(404, "Item not found"));
      return found.price().multiply(rate).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency + "\n";
    });
  }

  private Item find(long id) {
    return repository.find(id).orElseThrow(() -> new HttpException(404, "Item not found"));
  }
}
