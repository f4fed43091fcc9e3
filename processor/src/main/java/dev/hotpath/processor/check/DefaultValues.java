package dev.hotpath.processor.check;

import dev.hotpath.processor.model.Scalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Whether a {@code @Default} text converts to its parameter's type, as the runtime would convert it. */
public final class DefaultValues {
  private static final Set<String> BOOLEANS = Set.of("1", "on", "t", "true", "y", "yes", "0", "off", "f", "false",
      "n", "no");

  private DefaultValues() {}

  /** {@code enumConstants} are the constant names when {@code scalar} is an enum. */
  public static boolean converts(Scalar scalar, Set<String> enumConstants, String text) {
    String value = text.strip();
    try {
      switch (scalar) {
        case STRING -> { }
        case INT -> Integer.parseInt(value);
        case LONG -> Long.parseLong(value);
        case SHORT -> Short.parseShort(value);
        case BYTE -> Byte.parseByte(value);
        case DOUBLE, FLOAT -> Double.parseDouble(value);
        case BOOLEAN -> {
          return BOOLEANS.contains(value.toLowerCase(Locale.ROOT));
        }
        case BIG_DECIMAL -> new BigDecimal(value);
        case BIG_INTEGER -> new BigInteger(value);
        case UUID -> {
          return value.length() == 36 && UUID.fromString(value) != null;
        }
        case LOCAL_DATE -> LocalDate.parse(value);
        case LOCAL_TIME -> LocalTime.parse(value);
        case LOCAL_DATE_TIME -> {
          if (value.length() == 10) {
            LocalDate.parse(value);
          } else {
            LocalDateTime.parse(value);
          }
        }
        case OFFSET_DATE_TIME -> OffsetDateTime.parse(value);
        case ZONED_DATE_TIME -> ZonedDateTime.parse(value);
        case INSTANT -> Instant.parse(value);
        case DURATION -> Duration.parse(value);
        case ENUM -> {
          return enumConstants.contains(text);
        }
      }
      return true;
    } catch (NumberFormatException | DateTimeParseException e) {
      return false;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
