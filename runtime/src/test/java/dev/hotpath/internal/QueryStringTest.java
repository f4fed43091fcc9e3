package dev.hotpath.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {
  @Test
  void pairsRepeatedKeysAndBlankValues() {
    assertThat(QueryString.parse("a=1&b=2&a=3&flag&empty=&&")).isEqualTo(Map.of(
        "a", List.of("1", "3"), "b", List.of("2"), "flag", List.of(""), "empty", List.of("")));
  }

  @Test
  void decodesPlusAndEscapesAsUtf8() {
    assertThat(QueryString.parse("q=caf%C3%A9+au+lait&x%20y=a%2Bb")).isEqualTo(Map.of(
        "q", List.of("café au lait"), "x y", List.of("a+b")));
  }

  @Test
  void keepsMalformedEscapesInsteadOfFailing() {
    assertThat(QueryString.parse("q=100%&r=%zz")).isEqualTo(Map.of("q", List.of("100%"), "r", List.of("%zz")));
  }

  @Test
  void semicolonsAndEqualsInValuesAreData() {
    assertThat(QueryString.parse("q=a;b=c")).isEqualTo(Map.of("q", List.of("a;b=c")));
  }

  @Test
  void ignoresKeysBeyondTheLimit() {
    String many = "k=v&".repeat(QueryString.MAX_PARAMETERS + 10);
    assertThat(QueryString.parse(many).get("k")).hasSize(QueryString.MAX_PARAMETERS);
  }
}
