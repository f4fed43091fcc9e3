package dev.hotpath.processor.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hotpath.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A name written raw must be the bytes the runtime's generator writes for it. */
class JsonFragmentsTest {
  private static String generated(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = Json.generator(out)) {
      json.writeString(text);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quotedAsTheGeneratorQuotes() throws IOException {
    for (String text : new String[] {"", "id", "a\"b", "back\\slash", "\b\f\n\r\t", "\u0000\u001f\u007f",
        "ls\u2028ps\u2029", "é ü 中 \uD83D\uDE00", "</script>"}) {
      assertThat(JsonFragments.quoted(text)).as(text).isEqualTo(generated(text));
    }
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(12); c > 0; c--) {
        char next = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0xD800));
        text.append(next);
      }
      assertThat(JsonFragments.quoted(text.toString())).isEqualTo(generated(text.toString()));
    }
  }

  @Test
  void javaLiteralsAreOneLineOfAscii() {
    String literal = JavaLiteral.of("a\u2028b\u2029c\u0085\n\"\\é");
    assertThat(literal).isEqualTo("\"a\\u2028b\\u2029c\\u0085\\n\\\"\\\\\\u00e9\"");
    assertThat(literal.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    assertThat(JavaLiteral.of(null)).isEqualTo("null");
  }
}
