package dev.hotpath.processor.write.openapi;

import dev.hotpath.processor.model.Scalar;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** A {@code @Default} text as the JSON value the document shows: a number, a boolean, or the text. */
final class Defaults {
  private static final Set<String> TRUE = Set.of("1", "on", "t", "true", "y", "yes");

  private Defaults() {}

  /** The text has been checked to convert ({@code DefaultValues}). */
  static Object json(Scalar scalar, String text) {
    String value = text.strip();
    return switch (scalar) {
      case INT, LONG, SHORT, BYTE, BIG_INTEGER, DOUBLE, FLOAT, BIG_DECIMAL -> number(value, text);
      case BOOLEAN -> TRUE.contains(value.toLowerCase(Locale.ROOT));
      default -> text;
    };
  }

  /** A number in plain notation; {@code inf} or {@code NaN}, which JSON cannot hold, stay text. */
  private static Object number(String value, String text) {
    try {
      return new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
    } catch (NumberFormatException e) {
      return text;
    }
  }
}
