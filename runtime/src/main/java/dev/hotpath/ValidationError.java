package dev.hotpath;

import java.util.List;
import java.util.Map;

/**
 * One entry of a 422's {@code detail}, in pydantic v2's words: what {@link RequestValidationException}
 * carries.
 *
 * @param type pydantic's error type, such as {@code missing} or {@code int_parsing}
 * @param loc where: {@code ["query", "limit"]}, {@code ["query", "tags", 1]}
 * @param msg pydantic's message, such as {@code Field required}
 * @param input the raw value, null when missing
 * @param ctx pydantic's context, such as {@code {"ge": 1}}; empty when it has none
 */
public record ValidationError(String type, List<Object> loc, String msg, Object input, Map<String, Object> ctx) {
  public ValidationError {
    loc = List.copyOf(loc);
    ctx = Map.copyOf(ctx);
  }

  /** The error for an absent required value. */
  public static ValidationError missing(List<Object> loc) {
    return new ValidationError("missing", loc, "Field required", null, Map.of());
  }
}
