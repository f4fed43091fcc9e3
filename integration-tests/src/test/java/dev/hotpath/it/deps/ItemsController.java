package dev.hotpath.it.deps;

import dev.hotpath.Controller;
import dev.hotpath.Get;
import dev.hotpath.HttpException;
import dev.hotpath.Requires;
import dev.hotpath.it.deps.Values.HeaderToken;
import java.util.LinkedHashMap;
import java.util.Map;

/** FastAPI's {@code APIRouter(prefix="/items", dependencies=[Depends(get_token_header)])}. */
@Controller(value = "/items", tags = "items")
@Requires(HeaderToken.class)
public class ItemsController {
  private static final Map<String, Map<String, String>> FAKE_ITEMS = new LinkedHashMap<>();

  static {
    FAKE_ITEMS.put("plumbus", Map.of("name", "Plumbus"));
    FAKE_ITEMS.put("gun", Map.of("name", "Portal Gun"));
  }

  @Get("/")
  public Map<String, Map<String, String>> readItems() {
    return FAKE_ITEMS;
  }

  @Get("/{itemId}")
  public Map<String, String> readItem(String itemId) {
    if (!FAKE_ITEMS.containsKey(itemId)) {
      throw new HttpException(404, "Item not found");
    }
    return Map.of("name", FAKE_ITEMS.get(itemId).get("name"), "item_id", itemId);
  }
}
