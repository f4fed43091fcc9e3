package dev.hotpath.it.api;

import dev.hotpath.Blocking;
import dev.hotpath.Body;
import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.Post;
import dev.hotpath.Put;
import dev.hotpath.Query;
import dev.hotpath.Response;
import dev.hotpath.it.api.JsonTypes.Account;
import dev.hotpath.it.api.JsonTypes.Everything;
import dev.hotpath.it.api.JsonTypes.Item;
import dev.hotpath.it.api.JsonTypes.NewItem;
import dev.hotpath.it.api.JsonTypes.Page;
import dev.hotpath.it.api.JsonTypes.AllOptional;
import dev.hotpath.it.api.JsonTypes.Renamed;
import dev.hotpath.it.api.JsonTypes.Settings;
import dev.hotpath.it.api.JsonTypes.Tree;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** JSON bodies and results. */
@Controller("/json")
public class JsonController {
  @Post(value = "/items", status = 201)
  public Item create(NewItem item) {
    return new Item(1, item.name(), item.price(), item.tags());
  }

  @Put("/items/{id}")
  public CompletionStage<Response<Item>> replace(long id, @Body NewItem item) {
    return CompletableFuture.completedFuture(Response.status(200).header("X-Id", "" + id)
        .body(new Item(id, item.name(), item.price(), item.tags())));
  }

  @Get("/items")
  public Page<Item> page(@Query @Min(1) @Max(100) int size, @Query @Size(min = 2) Optional<String> q) {
    return new Page<>(List.of(new Item(1, q.orElse("a"), BigDecimal.ONE, List.of())).subList(0, Math.min(1, size)),
        1, 1);
  }

  @Get("/tree")
  public Tree tree() {
    return new Tree("root", List.of(new Tree("leaf", List.of())));
  }

  @Post("/everything")
  public Everything everything(Everything everything) {
    return everything;
  }

  @Get("/weird-numbers")
  public List<Double> weirdNumbers() {
    return java.util.Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY, 1.5, null);
  }

  @Get("/text-escapes")
  public Map<String, String> textEscapes() {
    return Map.of("text", "line\nbreak \u0001 \u2028 \u2029 \"quoted\" </script>");
  }

  @Get("/dynamic")
  public Map<String, Object> dynamic() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("item", new Item(7, "seven", new BigDecimal("7.00"), List.of("x")));
    values.put("numbers", List.of(1, 2.5));
    values.put("nothing", Optional.empty());
    values.put("color", Color.RED);
    return values;
  }

  @Get("/unencodable")
  public Map<String, Object> unencodable() {
    return Map.of("thread", Thread.currentThread());
  }

  @Get("/response-any")
  public Response<?> responseAny(boolean text) {
    return text ? Response.ok("plain") : Response.status(202).body(List.of(new Tree("t", List.of())));
  }

  @Post("/renamed")
  public Renamed renamed(Renamed renamed) {
    return new Renamed(renamed.fullName(), "never shown", null);
  }

  @Post("/sparse")
  public AllOptional sparse(AllOptional value) {
    return value;
  }

  @Post("/account")
  public Account account(Account account) {
    return new Account(account.getOwner(), account.getBalance() + 1);
  }

  @Post("/settings")
  public Settings settings(Settings settings) {
    return settings;
  }

  @Post("/optional-body")
  public String optionalBody(Optional<List<Integer>> numbers) {
    return numbers.map(List::toString).orElse("none");
  }

  @Post("/sample")
  public JsonTypes.Sample sample(JsonTypes.Sample sample) {
    return sample;
  }

  @Post("/kinds")
  public String kinds(JsonTypes.Kinds kinds) {
    return "ok " + kinds.data().length;
  }

  @Post("/arrays")
  public double[] arrays(@Body @Size(max = 3) int[] values) {
    double[] halves = new double[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      halves[i] = values[i] / 2.0;
    }
    halves[values.length] = Double.NaN;
    return halves;
  }

  @Post("/embedded")
  public String embedded(Item item, @Body @Min(1) int importance, @Body("note") Optional<String> comment) {
    return item.name() + " " + importance + " " + comment.orElse("-");
  }

  @Post("/single-scalar")
  public String singleScalar(@Body String text) {
    return text;
  }

  @Blocking
  @Post("/bytes-body")
  public CompletionStage<Integer> size(@Body List<String> values) {
    return CompletableFuture.completedFuture(values.size());
  }
}
