package dev.hotpath.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathsTest {
  @Test
  void segmentArithmetic() {
    String path = "/items/42/tags";
    assertThat(Paths.segmentEnd(path, 1)).isEqualTo(6);
    assertThat(Paths.segmentEnd(path, 10)).isEqualTo(path.length());
    assertThat(Paths.segmentEquals(path, 1, 6, "items")).isTrue();
    assertThat(Paths.segmentEquals(path, 1, 6, "item")).isFalse();
    assertThat(Paths.segment(path, 1)).isEqualTo("42");
    assertThat(Paths.rest(path, 1)).isEqualTo("42/tags");
  }

  @Test
  void hashIsStringHashCodeWithoutTheSubstring() {
    for (String segment : new String[] {"", "a", "items", "ünïcødé", "a-very-long-segment-name-123"}) {
      String path = "/x/" + segment + "/y";
      assertThat(Paths.hash(path, 3, 3 + segment.length())).isEqualTo(segment.hashCode());
    }
  }

  @Test
  void decodesPercentEscapesOnceAsUtf8AndKeepsPlus() {
    assertThat(Paths.decode("caf%C3%A9")).isEqualTo("café");
    assertThat(Paths.decode("a+b")).isEqualTo("a+b");
    assertThat(Paths.decode("%2520")).isEqualTo("%20");
    assertThat(Paths.decode("a%2Fb")).isEqualTo("a/b");
    assertThat(Paths.decode("plain")).isSameAs("plain");
  }

  @Test
  void malformedEscapesAreKeptAsWritten() {
    assertThat(Paths.decode("100%")).isEqualTo("100%");
    assertThat(Paths.decode("%zz%4")).isEqualTo("%zz%4");
    assertThat(Paths.decode("%FF")).isEqualTo("\uFFFD");
  }
}
