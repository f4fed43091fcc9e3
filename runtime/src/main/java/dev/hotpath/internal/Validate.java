package dev.hotpath.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Jakarta constraints checked by generated code, reported in pydantic v2's words. Each check
 * returns null when the value passes (or is null: absence is the binder's business), else the
 * violation to record.
 */
public final class Validate {
  private Validate() {}

  /** A failed constraint: pydantic's type, message and context. */
  public record Violation(String type, String msg, Map<String, Object> ctx) {}

  /** {@code @Size}/{@code @NotEmpty}/{@code @NotBlank} on text; {@code max < 0} means no maximum. */
  public static Violation length(CharSequence value, int min, int max) {
    if (value == null) {
      return null;
    }
    int length = value.toString().codePointCount(0, value.length());
    if (length < min) {
      return new Violation("string_too_short", "String should have at least " + min + " character"
          + (min == 1 ? "" : "s"), Map.of("min_length", min));
    }
    if (max >= 0 && length > max) {
      return new Violation("string_too_long", "String should have at most " + max + " character"
          + (max == 1 ? "" : "s"), Map.of("max_length", max));
    }
    return null;
  }

  /** {@code @NotBlank}: at least one character that is not whitespace. */
  public static Violation notBlank(CharSequence value) {
    return value == null || !value.toString().isBlank() ? null
        : new Violation("string_too_short", "String should have at least 1 character", Map.of("min_length", 1));
  }

  /** {@code @Size}/{@code @NotEmpty} on a collection or map. */
  public static Violation size(Object value, int min, int max) {
    int size;
    String kind;
    if (value instanceof Collection<?> collection) {
      size = collection.size();
      kind = "List";
    } else if (value instanceof Map<?, ?> map) {
      size = map.size();
      kind = "Dictionary";
    } else if (arrayLength(value) >= 0) {
      size = arrayLength(value);
      kind = "List";
    } else {
      return null;
    }
    if (size < min) {
      return new Violation("too_short", kind + " should have at least " + min + " item" + (min == 1 ? "" : "s")
          + " after validation, not " + size, Map.of("field_type", kind, "min_length", min, "actual_length", size));
    }
    if (max >= 0 && size > max) {
      return new Violation("too_long", kind + " should have at most " + max + " item" + (max == 1 ? "" : "s")
          + " after validation, not " + size, Map.of("field_type", kind, "max_length", max, "actual_length", size));
    }
    return null;
  }

  /** The length of any array, or -1 for a value that is not one (without reflection). */
  private static int arrayLength(Object value) {
    if (value instanceof Object[] array) {
      return array.length;
    } else if (value instanceof int[] array) {
      return array.length;
    } else if (value instanceof long[] array) {
      return array.length;
    } else if (value instanceof double[] array) {
      return array.length;
    } else if (value instanceof float[] array) {
      return array.length;
    } else if (value instanceof short[] array) {
      return array.length;
    } else if (value instanceof boolean[] array) {
      return array.length;
    } else if (value instanceof byte[] array) {
      return array.length;
    }
    return -1;
  }

  /**
   * A numeric bound: {@code @Min}, {@code @Max}, {@code @Positive}, {@code @DecimalMin}, ... as
   * pydantic's {@code gt}/{@code ge}/{@code lt}/{@code le}. {@code shown} is the bound as the
   * context carries it (a Long for integers, a BigDecimal for decimals).
   */
  public static Violation bound(Number value, String kind, BigDecimal limit, Number shown) {
    if (value == null) {
      return null;
    }
    int comparison = compare(value, limit, shown);
    boolean ok = switch (kind) {
      case "gt" -> comparison > 0;
      case "ge" -> comparison >= 0;
      case "lt" -> comparison < 0;
      case "le" -> comparison <= 0;
      default -> throw new IllegalArgumentException(kind);
    };
    if (ok) {
      return null;
    }
    String words = switch (kind) {
      case "gt" -> "greater than ";
      case "ge" -> "greater than or equal to ";
      case "lt" -> "less than ";
      default -> "less than or equal to ";
    };
    String type = switch (kind) {
      case "gt" -> "greater_than";
      case "ge" -> "greater_than_equal";
      case "lt" -> "less_than";
      default -> "less_than_equal";
    };
    return new Violation(type, "Input should be " + words + shown, Map.of(kind, shown));
  }

  /** Integers against an integral bound as longs; anything else exactly, as decimals. */
  private static int compare(Number value, BigDecimal limit, Number shown) {
    boolean integer = value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte;
    if (integer && shown instanceof Long bound) {
      return Long.compare(value.longValue(), bound);
    }
    BigDecimal actual = value instanceof BigDecimal decimal ? decimal
        : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(value.doubleValue())
        : new BigDecimal(value.toString());
    return actual.compareTo(limit);
  }

  /** {@code @Pattern}: the whole text must match, as Jakarta says. */
  public static Violation pattern(CharSequence value, Pattern pattern) {
    return value == null || pattern.matcher(value).matches() ? null
        : new Violation("string_pattern_mismatch", "String should match pattern '" + pattern.pattern() + "'",
            Map.of("pattern", pattern.pattern()));
  }

  /** {@code @Email}: one {@code @} between a non-empty local part and a domain, no whitespace. */
  public static Violation email(CharSequence value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    int at = text.indexOf('@');
    String reason = at < 0 ? "An email address must have an @-sign."
        : at == 0 ? "There must be something before the @-sign."
        : at == text.length() - 1 ? "There must be something after the @-sign."
        : text.indexOf('@', at + 1) >= 0 ? "The email address contains more than one @-sign."
        : text.chars().anyMatch(Character::isWhitespace) ? "The email address contains whitespace."
        : null;
    return reason == null ? null
        : new Violation("value_error", "value is not a valid email address: " + reason, Map.of("reason", reason));
  }
}
