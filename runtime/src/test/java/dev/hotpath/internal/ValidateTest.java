package dev.hotpath.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each constraint's pydantic type, message and context; null values are the binder's business. */
class ValidateTest {
  @Test
  void lengthsCountCodePoints() {
    assertThat(Validate.length("ab", 3, -1)).isEqualTo(new Validate.Violation("string_too_short",
        "String should have at least 3 characters", Map.of("min_length", 3)));
    assertThat(Validate.length("abcd", 0, 3)).isEqualTo(new Validate.Violation("string_too_long",
        "String should have at most 3 characters", Map.of("max_length", 3)));
    assertThat(Validate.length("", 1, -1).msg()).isEqualTo("String should have at least 1 character");
    assertThat(Validate.length("\uD83D\uDE00\uD83D\uDE00", 0, 2)).isNull();
    assertThat(Validate.length(null, 1, 1)).isNull();
  }

  @Test
  void notBlank() {
    assertThat(Validate.notBlank(" \t").type()).isEqualTo("string_too_short");
    assertThat(Validate.notBlank(" a ")).isNull();
  }

  @Test
  void sizesOfCollectionsMapsAndArrays() {
    assertThat(Validate.size(List.of(), 1, -1)).isEqualTo(new Validate.Violation("too_short",
        "List should have at least 1 item after validation, not 0",
        Map.of("field_type", "List", "min_length", 1, "actual_length", 0)));
    assertThat(Validate.size(Map.of("a", 1, "b", 2), 0, 1)).isEqualTo(new Validate.Violation("too_long",
        "Dictionary should have at most 1 item after validation, not 2",
        Map.of("field_type", "Dictionary", "max_length", 1, "actual_length", 2)));
    assertThat(Validate.size(new String[] {"a", "b"}, 0, 2)).isNull();
  }

  @Test
  void boundsForEveryOperator() {
    assertThat(Validate.bound(0, "gt", BigDecimal.ZERO, 0L)).isEqualTo(new Validate.Violation("greater_than",
        "Input should be greater than 0", Map.of("gt", 0L)));
    assertThat(Validate.bound(-1L, "ge", BigDecimal.ZERO, 0L).type()).isEqualTo("greater_than_equal");
    assertThat(Validate.bound(0.0, "lt", BigDecimal.ZERO, 0L).type()).isEqualTo("less_than");
    assertThat(Validate.bound(new BigDecimal("10.01"), "le", BigDecimal.TEN, 10L)).isEqualTo(new Validate.Violation(
        "less_than_equal", "Input should be less than or equal to 10", Map.of("le", 10L)));
    assertThat(Validate.bound(0.5f, "ge", new BigDecimal("0.5"), new BigDecimal("0.5"))).isNull();
    assertThat(Validate.bound(0.49, "ge", new BigDecimal("0.5"), new BigDecimal("0.5")).ctx())
        .isEqualTo(Map.of("ge", new BigDecimal("0.5")));
    assertThat(Validate.bound(null, "gt", BigDecimal.ONE, 1L)).isNull();
  }

  @Test
  void patternsMatchTheWholeValue() {
    Pattern threeLetters = Pattern.compile("[a-z]{3}");
    assertThat(Validate.pattern("abc", threeLetters)).isNull();
    assertThat(Validate.pattern("abcd", threeLetters)).isEqualTo(new Validate.Violation("string_pattern_mismatch",
        "String should match pattern '[a-z]{3}'", Map.of("pattern", "[a-z]{3}")));
  }

  @Test
  void emails() {
    assertThat(Validate.email("ada@example.org")).isNull();
    assertThat(Validate.email("ada").msg())
        .isEqualTo("value is not a valid email address: An email address must have an @-sign.");
    assertThat(Validate.email("@x").type()).isEqualTo("value_error");
    assertThat(Validate.email("a@").type()).isEqualTo("value_error");
    assertThat(Validate.email("a@b@c").type()).isEqualTo("value_error");
    assertThat(Validate.email("a b@c").type()).isEqualTo("value_error");
  }
}
