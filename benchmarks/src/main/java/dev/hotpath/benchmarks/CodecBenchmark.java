package dev.hotpath.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotpath.json.Json;
import dev.hotpath.json.JsonInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated codec against jackson-databind's {@code ObjectMapper}, encoding and decoding the same
 * order (about 800 bytes of JSON). Both write the same bytes (checked at setup) to a reused buffer.
 * {@code handWrittenEncode} and {@code tokenWalkDecode} are jackson-core's own ceiling and floor;
 * {@code tokenApiEncode} writes the same through the generator's token API, as databind does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1) // shorter warm-ups leave some forks on an early, slower compilation
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class CodecBenchmark {
  /** Configured to write the same document as the generated codec: ISO dates, plain decimals. */
  private final ObjectMapper databind = new ObjectMapper().findAndRegisterModules()
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private final JsonFactory tokens = new JsonFactory();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
  private Order order;
  private byte[] document;

  @Setup
  public void setUp() throws IOException {
    List<Order.Line> lines = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      lines.add(new Order.Line("SKU-" + i, "Coffee item number " + i, i + 1, new BigDecimal("12.50").add(BigDecimal.valueOf(i)),
          List.of("coffee", "tag" + i)));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("channel", "web");
    attributes.put("coupon", "WELCOME10");
    order = new Order(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), Instant.parse("2024-05-01T10:15:30Z"),
        new Order.Customer(42, "Ada Lovelace", "ada@example.org",
            new Order.Address("12 Analytical Row", "London", "N1 9GU", "GB")),
        lines, attributes, Order.Status.PAID, new BigDecimal("87.50"));
    document = generatedEncode();
    if (!java.util.Arrays.equals(document, databindEncode()) || !java.util.Arrays.equals(document, handWrittenEncode()) || !java.util.Arrays.equals(document, tokenApiEncode())) {
      throw new IllegalStateException("The two encoders must write the same document:\n"
          + new String(document, java.nio.charset.StandardCharsets.UTF_8) + "\n"
          + new String(databindEncode(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Through {@code Json.write}, as the server writes a response (its generator escapes U+2028/9 too). */
  @Benchmark
  public byte[] generatedEncode() throws IOException {
    buffer.reset();
    Order value = order;
    Json.write(json -> CodecApiJson.writeOrder(json, value), buffer);
    return buffer.toByteArray();
  }

  /** The ceiling: hand-written code on the same generator, structure raw and merged across objects. */
  @Benchmark
  public byte[] handWrittenEncode() throws IOException {
    buffer.reset();
    Order value = order;
    Json.write(json -> HandWritten.write(json, value), buffer);
    return buffer.toByteArray();
  }

  /** The generator's token API, written by hand: what writing the structure raw saves. */
  @Benchmark
  public byte[] tokenApiEncode() throws IOException {
    buffer.reset();
    Order value = order;
    Json.write(json -> HandWritten.writeWithTokens(json, value), buffer);
    return buffer.toByteArray();
  }

  @Benchmark
  public byte[] databindEncode() throws IOException {
    buffer.reset();
    databind.writeValue(buffer, order);
    return buffer.toByteArray();
  }

  @Benchmark
  public Order generatedDecode() throws IOException {
    JsonInput in = JsonInput.of(document);
    Order decoded = CodecApiJson.readOrder(in);
    in.finish();
    return decoded;
  }

  /** The floor: the same parser walking the document's tokens, building nothing. */
  @Benchmark
  public Object tokenWalkDecode() throws IOException {
    try (JsonParser parser = tokens.createParser(document)) {
      return HandWritten.walk(parser);
    }
  }

  @Benchmark
  public Order databindDecode() throws IOException {
    return databind.readValue(document, Order.class);
  }
}
