package dev.hotpath.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Conversions and their pydantic v2 error types and messages. */
class ConvertersTest {
  enum Size { S, M, L }

  private static void assertFails(Converter<?> converter, String raw, String type, String msg) {
    assertThatThrownBy(() -> converter.convert(raw)).isInstanceOf(ConversionException.class)
        .hasMessage(msg)
        .satisfies(e -> assertThat(((ConversionException) e).type()).isEqualTo(type));
  }

  @Test
  void integers() throws Exception {
    assertThat(Converters.INT.convert(" 42 ")).isEqualTo(42);
    assertThat(Converters.LONG.convert("-9000000000")).isEqualTo(-9_000_000_000L);
    assertThat(Converters.SHORT.convert("+7")).isEqualTo((short) 7);
    String intParsing = "Input should be a valid integer, unable to parse string as an integer";
    for (String bad : new String[] {"", "1.5", "12a", "0x10", "1_000", "--1"}) {
      assertFails(Converters.INT, bad, "int_parsing", intParsing);
    }
    assertFails(Converters.INT, "2147483648", "less_than_equal", "Input should be less than or equal to 2147483647");
    assertFails(Converters.BYTE, "-129", "greater_than_equal", "Input should be greater than or equal to -128");
    assertFails(Converters.LONG, "99999999999999999999", "less_than_equal",
        "Input should be less than or equal to 9223372036854775807");
  }

  @Test
  void rangeErrorsCarryTheBoundInCtx() {
    assertThatThrownBy(() -> Converters.INT.convert("-2147483649"))
        .satisfies(e -> assertThat(((ConversionException) e).ctx()).isEqualTo(Map.of("ge", -2147483648L)));
  }

  @Test
  void floats() throws Exception {
    assertThat(Converters.DOUBLE.convert("1e3")).isEqualTo(1000.0);
    assertThat(Converters.DOUBLE.convert("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Converters.DOUBLE.convert("NaN")).isNaN();
    assertThat(Converters.FLOAT.convert("0.5")).isEqualTo(0.5f);
    for (String bad : new String[] {"", "abc", "1d", "1f", "0x1p3", "1.5.5"}) {
      assertFails(Converters.DOUBLE, bad, "float_parsing",
          "Input should be a valid number, unable to parse string as a number");
    }
  }

  @Test
  void booleansTakePydanticsWords() throws Exception {
    for (String yes : new String[] {"1", "on", "t", "true", "Y", "YES"}) {
      assertThat(Converters.BOOLEAN.convert(yes)).isTrue();
    }
    for (String no : new String[] {"0", "off", "f", "False", "n", "no"}) {
      assertThat(Converters.BOOLEAN.convert(no)).isFalse();
    }
    assertFails(Converters.BOOLEAN, "maybe", "bool_parsing", "Input should be a valid boolean, unable to interpret input");
  }

  @Test
  void decimalsUuidsAndTimes() throws Exception {
    assertThat(Converters.BIG_DECIMAL.convert("10.50")).isEqualTo(new BigDecimal("10.50"));
    assertFails(Converters.BIG_DECIMAL, "ten", "decimal_parsing", "Input should be a valid decimal");
    UUID id = UUID.randomUUID();
    assertThat(Converters.UUID.convert(id.toString())).isEqualTo(id);
    assertThatThrownBy(() -> Converters.UUID.convert("1-1-1-1-1"))
        .satisfies(e -> assertThat(((ConversionException) e).type()).isEqualTo("uuid_parsing"));
    assertThat(Converters.LOCAL_DATE.convert("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> Converters.LOCAL_DATE.convert("2023-02-29"))
        .satisfies(e -> assertThat(((ConversionException) e).type()).isEqualTo("date_from_datetime_parsing"));
    assertThat(Converters.LOCAL_DATE_TIME.convert("2024-01-02")).isEqualTo(LocalDateTime.of(2024, 1, 2, 0, 0));
    assertThat(Converters.LOCAL_TIME.convert("12:30")).isEqualTo(LocalTime.of(12, 30));
    assertThat(Converters.DURATION.convert("PT1H")).isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> Converters.INSTANT.convert("yesterday"))
        .satisfies(e -> assertThat(((ConversionException) e).type()).isEqualTo("datetime_from_date_parsing"));
  }

  @Test
  void enumsMatchNamesExactlyAndListThemOnError() throws Exception {
    Converter<Size> sizes = Converters.enumeration(Size.values());
    assertThat(sizes.convert("M")).isEqualTo(Size.M);
    assertThatThrownBy(() -> sizes.convert("m")).isInstanceOf(ConversionException.class)
        .hasMessage("Input should be 'S', 'M' or 'L'")
        .satisfies(e -> assertThat(((ConversionException) e).ctx()).isEqualTo(Map.of("expected", "'S', 'M' or 'L'")));
  }
}
