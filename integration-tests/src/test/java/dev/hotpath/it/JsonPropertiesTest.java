package dev.hotpath.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotpath.it.api.Color;
import dev.hotpath.it.api.JsonTypes.AllOptional;
import dev.hotpath.it.api.JsonTypes.Nested;
import dev.hotpath.it.api.JsonTypes.Sample;
import dev.hotpath.it.api.JsonTypes.Sparse;
import dev.hotpath.it.api.TestApiJson;
import dev.hotpath.json.JsonInput;
import dev.hotpath.testing.TestClient;
import dev.hotpath.testing.TestResponse;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Generated codecs against jackson-databind as an oracle (test scope only), and decoders fed random
 * and truncated bytes: the only outcomes are a value or a 422, never a 500.
 */
class JsonPropertiesTest {
  private static final ObjectMapper DATABIND = new ObjectMapper();
  private static final TestClient CLIENT = TestClient.of(Apis.router());

  @AfterContainer
  static void close() {
    CLIENT.close();
  }

  @Property(tries = 300)
  void encodesAsDatabindDoes(@ForAll("samples") Sample sample) throws Exception {
    JsonNode ours = DATABIND.readTree(encode(sample));
    JsonNode theirs = DATABIND.readTree(DATABIND.writeValueAsBytes(sample)); // both read the same way
    assertThat(ours).isEqualTo(theirs);
  }

  /** Every combination of left-out fields: the raw commas and names must make the document databind makes. */
  @org.junit.jupiter.api.Test
  void fieldsLeftOutWhenNullInEveryCombinationEncodeAsDatabind() throws Exception {
    for (int mask = 0; mask < 32; mask++) {
      Sparse sparse = new Sparse((mask & 1) == 0 ? null : "a", (mask & 2) == 0 ? null : 2, mask,
          (mask & 4) == 0 ? null : "o\u2028", (mask & 8) == 0 ? null : List.of("x", "y"));
      AllOptional value = new AllOptional((mask & 16) == 0 ? null : "z", mask % 3 == 0 ? null : sparse);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator json = dev.hotpath.json.Json.generator(out)) {
        TestApiJson.writeAllOptional(json, value);
      }
      assertThat(DATABIND.readTree(out.toByteArray())).as("mask %d: %s", mask, out)
          .isEqualTo(DATABIND.readTree(DATABIND.writeValueAsBytes(value)));
    }
  }

  @Property(tries = 300)
  void decodesWhatDatabindWrites(@ForAll("samples") Sample sample) throws Exception {
    JsonInput in = JsonInput.of(DATABIND.writeValueAsBytes(sample));
    Sample decoded = TestApiJson.readSample(in);
    assertThat(in.errors()).isEmpty();
    assertThat(decoded).isEqualTo(sample);
  }

  @Property(tries = 200)
  void randomBytesAreAValueOrA422(@ForAll byte[] bytes) {
    assertAValueOrA422(bytes);
  }

  @Property(tries = 200)
  void truncatedAndMutatedDocumentsAreAValueOrA422(@ForAll("samples") Sample sample,
      @ForAll("fractions") double cut, @ForAll byte noise) throws Exception {
    byte[] document = DATABIND.writeValueAsBytes(sample);
    byte[] truncated = Arrays.copyOf(document, (int) (document.length * cut));
    assertAValueOrA422(truncated);
    if (truncated.length > 0) {
      truncated[truncated.length / 2] = noise;
      assertAValueOrA422(truncated);
    }
  }

  private static void assertAValueOrA422(byte[] body) {
    TestResponse response = CLIENT.post("/json/sample").body("application/json", body).send();
    assertThat(response.status()).as(new String(body, StandardCharsets.UTF_8)).isIn(200, 422);
    if (response.status() == 422) {
      assertThat(response.body()).startsWith("{\"detail\":[{\"type\":");
    }
  }

  private static byte[] encode(Sample sample) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = dev.hotpath.json.Json.generator(out)) {
      TestApiJson.writeSample(json, sample);
    }
    return out.toByteArray();
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1);
  }

  @Provide
  Arbitrary<Sample> samples() {
    // Any text but lone surrogates, which no UTF-8 document can carry.
    Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\uD7FF')
        .withCharRange('\uE000', '\uFFFD').ofMaxLength(30);
    return Combinators.combine(text, Arbitraries.longs(),
            Arbitraries.doubles().filter(Double::isFinite), Arbitraries.of(true, false),
            text.list().ofMaxSize(4), Arbitraries.maps(text, Arbitraries.integers()).ofMaxSize(3),
            Arbitraries.of(Color.class), nested(2))
        .as(Sample::new);
  }

  private Arbitrary<Nested> nested(int depth) {
    Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
        .ofScale(3);
    Arbitrary<List<Nested>> children = depth == 0 ? Arbitraries.just(List.of()) : nested(depth - 1).list().ofMaxSize(2);
    return Combinators.combine(amounts, Arbitraries.strings().alpha().ofMaxLength(5).injectNull(0.3), children)
        .as(Nested::new);
  }
}
