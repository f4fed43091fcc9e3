package com.example.store;

import dev.hotpath.BackgroundTasks;
import dev.hotpath.Controller;
import dev.hotpath.Default;
import dev.hotpath.Delete;
import dev.hotpath.Get;
import dev.hotpath.Header;
import dev.hotpath.NonBlocking;
import dev.hotpath.HttpException;
import dev.hotpath.Post;
import dev.hotpath.Put;
import dev.hotpath.Response;
import dev.hotpath.ServerSentEvent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** Items in the store. Plain-value routes run JDBC on the worker pool; the price route composes futures. */
@Controller(value = "/items", tags = "items")
public final class ItemController {
  private final ItemRepository repository;
  private final RateService rates;
  private final Mailer mailer;
  private final ItemEvents events;

  public ItemController(ItemRepository repository, RateService rates, Mailer mailer, ItemEvents events) {
    this.repository = repository;
    this.rates = rates;
    this.mailer = mailer;
    this.events = events;
  }

  /** Lists items, optionally filtered by name, a page at a time. */
  @Get("/")
  public Page<Item> list(Optional<String> q, @Default("10") @Min(1) @Max(100) int limit,
      @Default("0") @Min(0) int offset) {
    String query = q.orElse("");
    return new Page<>(repository.list(query, limit, offset), limit, offset, repository.count(query));
  }

  /** Reads one item. */
  @Get("/{id}")
  public Item get(long id) {
    return found(repository.find(id));
  }

  /** Adds an item; answers 201 with its location, then tells the catalogue team, after the response. */
  @Post(value = "/", status = 201)
  public Response<Item> create(NewItem item, BackgroundTasks tasks) {
    Item created = repository.insert(item);
    events.created(created);
    tasks.add(() -> mailer.send("catalogue@example.com", "New item " + created.id() + ": " + created.name()));
    return Response.status(201).header("Location", "/items/" + created.id()).body(created);
  }

  /** Replaces an item. */
  @Put("/{id}")
  public Item replace(long id, NewItem item) {
    Item replaced = found(repository.replace(id, item));
    events.replaced(replaced);
    return replaced;
  }

  /** Deletes an item. */
  @Delete("/{id}")
  public void delete(long id) {
    if (!repository.delete(id)) {
      throw new HttpException(404, "Item not found");
    }
    events.deleted(id);
  }

  /**
   * An item's price in another currency: the database read (on the repository's executor) and the
   * rate lookup run concurrently, and the route never blocks its event loop.
   */
  @Get("/{id}/price")
  public CompletionStage<Price> price(long id, @Header("X-Currency") @Default("EUR") Currency currency) {
    return repository.findAsync(id).thenCombine(rates.rate(currency), (item, rate) -> {
      Item found = found(item);
      return new Price(found.id(), found.price().multiply(rate).setScale(2, RoundingMode.HALF_EVEN), currency);
    });
  }

  /**
   * The whole catalogue as CSV, streamed from one result set while the client downloads it: the
   * route is blocking, so the rows are read on the worker pool, as fast as the client reads.
   */
  @Get("/export.csv")
  public Response<Stream<String>> export() {
    Stream<String> rows = repository.streamAll().map(item -> csv(Long.toString(item.id()), item.name(),
        item.price().toPlainString(), String.join(";", item.tags())));
    return Response.status(200).header("Content-Type", "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"items.csv\"")
        .body(Stream.concat(Stream.of(csv("id", "name", "price", "tags")), rows));
  }

  /**
   * Changes to the catalogue as Server-Sent Events ({@code created}, {@code replaced},
   * {@code deleted}), from the moment the client connects; a keep-alive comment while it is quiet.
   */
  @NonBlocking
  @Get("/events")
  public Flow.Publisher<ServerSentEvent<ItemChange>> events() {
    return events.publisher();
  }

  /** One CSV line (RFC 4180): a field with a comma, quote or line break is quoted, its quotes doubled. */
  static String csv(String... fields) {
    StringBuilder line = new StringBuilder();
    for (String field : fields) {
      if (line.length() > 0) {
        line.append(',');
      }
      boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
          || field.indexOf('\r') >= 0;
      line.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
    }
    return line.append("\r\n").toString();
  }

  private static Item found(Optional<Item> item) {
    return item.orElseThrow(() -> new HttpException(404, "Item not found"));
  }
}
