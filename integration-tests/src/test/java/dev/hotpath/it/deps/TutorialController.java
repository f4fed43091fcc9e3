package dev.hotpath.it.deps;

import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.Post;
import dev.hotpath.Requires;
import dev.hotpath.it.deps.Values.ApiKey;
import dev.hotpath.it.deps.Values.CommonParams;
import dev.hotpath.it.deps.Values.Page;
import dev.hotpath.it.deps.Values.TokenChecked;
import dev.hotpath.it.deps.Values.Window;
import java.util.List;
import java.util.Map;

/** FastAPI's dependency tutorials, re-expressed. */
@Controller
public class TutorialController {
  @Get("/items/")
  public CommonParams readItems(CommonParams commons) {
    return commons;
  }

  @Get("/users/")
  public CommonParams readUsers(CommonParams commons) {
    return commons;
  }

  /** The paging parameters are needed three times, and read once. */
  @Get("/cached")
  public String cached(Window window, CommonParams commons, Page page) {
    return window.from() + "-" + window.to() + " page " + page.number() + " of " + commons.limit();
  }

  /** The body is read by the provider; the route's own query parameter is checked after it. */
  @Post("/orders")
  public String order(Values.Order order, @jakarta.validation.constraints.Min(1) int priority) {
    return order.quantity() + " x " + order.item() + " at " + priority;
  }

  /** The path variable is read by the provider alone. */
  @Get("/users/{userId}/profile")
  public String profile(Values.Profile profile) {
    return "profile " + profile.userId();
  }

  @Requires({TokenChecked.class, ApiKey.class})
  @Get("/checked/items/")
  public List<Map<String, String>> checked() {
    return List.of(Map.of("item", "Foo"), Map.of("item", "Bar"));
  }

  /** A check's value used as a parameter too. */
  @Requires(TokenChecked.class)
  @Get("/checked/key")
  public String key(ApiKey key) {
    return key.value();
  }
}
