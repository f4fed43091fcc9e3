package dev.hotpath.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The writers that skip the JDK's own text: they must write exactly what it writes. */
class JsonOutputTest {
  private interface Write {
    void to(JsonGenerator json) throws IOException;
  }

  private static String written(Write write) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (JsonGenerator json = Json.generator(out)) {
      write.to(json);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void decimalsArePlainTextExactly() throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 100_000; i++) {
      int digits = 1 + random.nextInt(random.nextBoolean() ? 18 : 40);
      StringBuilder unscaled = new StringBuilder(random.nextBoolean() ? "-" : "");
      for (int d = 0; d < digits; d++) {
        unscaled.append((char) ('0' + random.nextInt(10)));
      }
      BigDecimal value = new BigDecimal(new BigInteger(unscaled.toString()), random.nextInt(-5, 25));
      assertThat(written(json -> JsonOutput.writeDecimal(json, value))).as(value.toString())
          .isEqualTo(value.toPlainString());
    }
    for (String edge : new String[] {"0", "0.00", "-0.5", "0.05", "1E+3", "999999999999999999", "-9.99999999999999999",
        "123456789012345678.9", "0.000000000000000001"}) {
      assertThat(written(json -> JsonOutput.writeDecimal(json, new BigDecimal(edge))))
          .isEqualTo(new BigDecimal(edge).toPlainString());
    }
  }

  @Test
  void instantsAsTheirIsoText() throws IOException {
    for (Instant instant : new Instant[] {Instant.EPOCH, Instant.parse("2024-05-01T10:15:30.120Z"), Instant.MAX,
        Instant.MIN, Instant.parse("-0001-12-31T23:59:59Z")}) {
      assertThat(written(json -> JsonOutput.writeInstant(json, instant))).isEqualTo('"' + instant.toString() + '"');
      assertThat(written(json -> JsonOutput.writeText(json, instant))).isEqualTo('"' + instant.toString() + '"');
    }
  }

  @Test
  void listsAndOtherCollectionsWriteTheirElementsInOrder() throws IOException {
    assertThat(written(json -> JsonOutput.writeCollection(json, List.of("a", "b"), JsonOutput::writeString)))
        .isEqualTo("[\"a\",\"b\"]");
    assertThat(written(json -> JsonOutput.writeCollection(json, new ArrayDeque<>(List.of(1, 2)),
        JsonOutput::writeInteger))).isEqualTo("[1,2]");
    assertThat(written(json -> JsonOutput.writeCollection(json, new java.util.LinkedList<>(List.of(3)),
        JsonOutput::writeInteger))).isEqualTo("[3]");
  }

  /** Braces and commas are the writers' own (raw), values the generator's: nesting must still be exact. */
  @Test
  void nestedContainersOfEveryKindWriteExactJson() throws IOException {
    Map<Object, Object> inner = new LinkedHashMap<>();
    inner.put("quote\"d", List.of());
    inner.put(7, new int[] {1, 2});
    inner.put("e", Map.of());
    Map<Object, Object> outer = new LinkedHashMap<>();
    outer.put("list", List.of(inner, Optional.empty(), Optional.of("x"), new Object[] {true, null}));
    outer.put("set", new java.util.LinkedHashSet<>(List.of(1.5, "\u2028")));
    outer.put("doubles", new double[] {Double.NaN, 2.5});
    String text = written(json -> Json.writeValue(json, outer));
    assertThat(text).isEqualTo("{\"list\":[{\"quote\\\"d\":[],\"7\":[1,2],\"e\":{}},null,\"x\",[true,null]],"
        + "\"set\":[1.5,\"\\u2028\"],\"doubles\":[null,2.5]}");
    assertThat(Json.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isInstanceOf(Map.class);
  }

  @Test
  void valuesAtTheRootAreWrittenBackToBackWithNothingBetween() throws IOException {
    assertThat(written(json -> {
      json.writeRaw('[');
      json.writeNumber(1);
      json.writeRaw(',');
      json.writeString("a");
      json.writeRaw(']');
    })).isEqualTo("[1,\"a\"]");
  }
}
