package dev.hotpath.internal;

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
import java.util.Map;
import java.util.UUID;

/**
 * The conversions of scalar parameters, with pydantic v2's error types and messages. Generated
 * binders name these constants; enums get {@link #enumeration} once per router.
 */
public final class Converters {
  private Converters() {}

  public static final Converter<String> STRING = raw -> raw;
  public static final Converter<Long> LONG = raw -> integer(raw, Long.MIN_VALUE, Long.MAX_VALUE);
  public static final Converter<Integer> INT =
      raw -> (int) integer(raw, Integer.MIN_VALUE, Integer.MAX_VALUE);
  public static final Converter<Short> SHORT = raw -> (short) integer(raw, Short.MIN_VALUE, Short.MAX_VALUE);
  public static final Converter<Byte> BYTE = raw -> (byte) integer(raw, Byte.MIN_VALUE, Byte.MAX_VALUE);
  public static final Converter<Double> DOUBLE = Converters::number;
  public static final Converter<Float> FLOAT = raw -> (float) number(raw);
  public static final Converter<Boolean> BOOLEAN = Converters::bool;
  public static final Converter<BigDecimal> BIG_DECIMAL = Converters::decimal;
  public static final Converter<BigInteger> BIG_INTEGER = raw -> {
    try {
      return new BigInteger(raw.strip());
    } catch (NumberFormatException e) {
      throw intParsing();
    }
  };
  public static final Converter<UUID> UUID = Converters::uuid;
  public static final Converter<LocalDate> LOCAL_DATE = raw -> time(raw, IsoTime::parseDate,
      "date_from_datetime_parsing", "Input should be a valid date or datetime", "expected YYYY-MM-DD");
  public static final Converter<LocalTime> LOCAL_TIME = raw -> time(raw, LocalTime::parse,
      "time_parsing", "Input should be in a valid time format", "expected HH:MM[:SS[.ffffff]]");
  public static final Converter<LocalDateTime> LOCAL_DATE_TIME = raw -> time(raw, Converters::localDateTime,
      "datetime_from_date_parsing", "Input should be a valid datetime or date", "expected an ISO-8601 date-time");
  public static final Converter<OffsetDateTime> OFFSET_DATE_TIME = raw -> time(raw, OffsetDateTime::parse,
      "datetime_from_date_parsing", "Input should be a valid datetime or date",
      "expected an ISO-8601 date-time with an offset");
  public static final Converter<ZonedDateTime> ZONED_DATE_TIME = raw -> time(raw, ZonedDateTime::parse,
      "datetime_from_date_parsing", "Input should be a valid datetime or date",
      "expected an ISO-8601 date-time with a zone");
  public static final Converter<Instant> INSTANT = raw -> time(raw, IsoTime::parseInstant,
      "datetime_from_date_parsing", "Input should be a valid datetime or date",
      "expected an ISO-8601 instant such as 2024-01-31T12:00:00Z");
  public static final Converter<Duration> DURATION = raw -> time(raw, Duration::parse,
      "time_delta_parsing", "Input should be a valid timedelta", "expected an ISO-8601 duration such as PT1H30M");

  /** Matches an enum constant by name, exactly; the error lists the allowed names as pydantic does. */
  public static <E extends Enum<E>> Converter<E> enumeration(E[] values) {
    String expected = expected(values);
    return raw -> {
      for (E value : values) {
        if (value.name().equals(raw)) {
          return value;
        }
      }
      throw new ConversionException("enum", "Input should be " + expected, Map.of("expected", expected));
    };
  }

  private static String expected(Enum<?>[] values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        text.append(i == values.length - 1 ? " or " : ", ");
      }
      text.append('\'').append(values[i].name()).append('\'');
    }
    return text.toString();
  }

  private static long integer(String raw, long min, long max) throws ConversionException {
    String text = raw.strip();
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      if (isDigits(text)) { // well formed but beyond long
        throw bound(text.startsWith("-"), min, max);
      }
      throw intParsing();
    }
    if (value < min || value > max) {
      throw bound(value < min, min, max);
    }
    return value;
  }

  private static boolean isDigits(String text) {
    int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
    if (start == text.length()) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static ConversionException bound(boolean tooSmall, long min, long max) {
    return tooSmall
        ? new ConversionException("greater_than_equal", "Input should be greater than or equal to " + min,
            Map.of("ge", min))
        : new ConversionException("less_than_equal", "Input should be less than or equal to " + max,
            Map.of("le", max));
  }

  private static ConversionException intParsing() {
    return new ConversionException("int_parsing",
        "Input should be a valid integer, unable to parse string as an integer");
  }

  private static double number(String raw) throws ConversionException {
    String text = raw.strip();
    switch (text.toLowerCase(Locale.ROOT)) {
      case "inf", "+inf", "infinity", "+infinity": return Double.POSITIVE_INFINITY;
      case "-inf", "-infinity": return Double.NEGATIVE_INFINITY;
      case "nan": return Double.NaN;
      default: break;
    }
    // Double.parseDouble also takes hex floats, "1d", "1f" and "NaN" spellings pydantic refuses.
    if (text.isEmpty() || !text.chars().allMatch(c -> (c >= '0' && c <= '9') || "+-.eE".indexOf(c) >= 0)) {
      throw floatParsing();
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw floatParsing();
    }
  }

  private static ConversionException floatParsing() {
    return new ConversionException("float_parsing",
        "Input should be a valid number, unable to parse string as a number");
  }

  private static BigDecimal decimal(String raw) throws ConversionException {
    try {
      BigDecimal value = new BigDecimal(raw.strip());
      if (reasonable(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new ConversionException("decimal_parsing", "Input should be a valid decimal");
  }

  /**
   * Whether a decimal is safe to compute with: {@code 1e999999999} parses in an instant but its
   * plain text or integer value would take a billion digits, a denial of service on any request.
   */
  public static boolean reasonable(BigDecimal value) {
    return value.precision() <= 1000 && Math.abs(value.scale()) <= 1000;
  }

  private static Boolean bool(String raw) throws ConversionException {
    switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "1", "on", "t", "true", "y", "yes": return Boolean.TRUE;
      case "0", "off", "f", "false", "n", "no": return Boolean.FALSE;
      default:
        throw new ConversionException("bool_parsing", "Input should be a valid boolean, unable to interpret input");
    }
  }

  private static UUID uuid(String raw) throws ConversionException {
    String text = raw.strip();
    // UUID.fromString accepts short groups ("1-1-1-1-1"); pydantic wants the canonical 36 characters.
    if (text.length() == 36) {
      try {
        return java.util.UUID.fromString(text);
      } catch (IllegalArgumentException e) {
        // falls through to the error below
      }
    }
    String error = "invalid character or length, expected 8-4-4-4-12 hexadecimal digits";
    throw new ConversionException("uuid_parsing", "Input should be a valid UUID, " + error, Map.of("error", error));
  }

  private static LocalDateTime localDateTime(String text) {
    return text.length() == 10 ? IsoTime.parseDate(text).atStartOfDay() : LocalDateTime.parse(text);
  }

  @FunctionalInterface
  private interface Parser<T> {
    T parse(String text);
  }

  private static <T> T time(String raw, Parser<T> parser, String type, String msg, String error)
      throws ConversionException {
    try {
      return parser.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new ConversionException(type, msg + ", " + error, Map.of("error", error));
    }
  }
}
