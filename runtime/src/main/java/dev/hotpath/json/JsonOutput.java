package dev.hotpath.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.UUID;

/**
 * Writing values with jackson-core's generator, for generated codecs: scalars in their JSON form
 * (ISO-8601 times, base64 bytes, plain decimals), containers through an element writer, and
 * {@code Object}-typed values by their run-time type.
 *
 * <p>Every writer writes objects' and arrays' braces, commas and quoted names itself, as raw text
 * ({@code writeRaw}), and each value through the generator <em>at its root</em>, where the
 * generator adds nothing (the generator of {@link Json#generator} has no root separator). That
 * halves the calls per document and skips the generator's context bookkeeping, most of an
 * encoder's time besides the strings. The rule that follows: these writers run only where the
 * generator is at its root, never inside its own {@code writeStartObject}/{@code writeStartArray};
 * a value that is a whole array written through the generator ({@code writeArray(int[])}) is fine.
 */
public final class JsonOutput {
  private JsonOutput() {}

  /** Writes one value of a type; generated per JSON type, or one of the scalar writers here. */
  @FunctionalInterface
  public interface Writer<T> {
    void write(JsonGenerator json, T value) throws IOException;
  }

  public static void writeString(JsonGenerator json, String value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }

  public static void writeBoolean(JsonGenerator json, Boolean value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeBoolean(value);
    }
  }

  /** Integers of any width: {@code Integer}, {@code Long}, {@code Short}, {@code Byte}. */
  public static void writeInteger(JsonGenerator json, Number value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.longValue());
    }
  }

  /** A primitive double; NaN and infinities as null. */
  public static void writeFloating(JsonGenerator json, double value) throws IOException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }

  /** A primitive float; NaN and infinities as null. */
  public static void writeFloating(JsonGenerator json, float value) throws IOException {
    if (Float.isNaN(value) || Float.isInfinite(value)) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }

  /** JSON has no NaN or infinities: they are written as null. */
  public static void writeFloating(JsonGenerator json, Number value) throws IOException {
    if (value == null || Double.isNaN(value.doubleValue()) || Double.isInfinite(value.doubleValue())) {
      json.writeNull();
    } else if (value instanceof Float f) {
      json.writeNumber(f);
    } else {
      json.writeNumber(value.doubleValue());
    }
  }

  /** Plain notation: {@code 1000}, never {@code 1E+3}. */
  public static void writeDecimal(JsonGenerator json, BigDecimal value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value.scale() == 0 && value.precision() <= 18) {
      json.writeNumber(value.longValue()); // a compact integer: no text at all
    } else if (value.scale() > 0 && value.scale() <= 18 && value.precision() <= 18) {
      writeSmallDecimal(json, value);
    } else {
      json.writeNumber(value.toPlainString());
    }
  }

  /**
   * A decimal whose unscaled value and scale fit a long, as {@code toPlainString} writes it but
   * without its two strings and builder: this is most money and measurements.
   */
  private static void writeSmallDecimal(JsonGenerator json, BigDecimal value) throws IOException {
    int scale = value.scale();
    long unscaled = Math.abs(value.movePointRight(scale).longValue()); // scale 0 now: the compact long
    char[] text = new char[21];
    int start = text.length;
    for (int i = 0; i < scale; i++) {
      text[--start] = (char) ('0' + unscaled % 10);
      unscaled /= 10;
    }
    text[--start] = '.';
    do {
      text[--start] = (char) ('0' + unscaled % 10);
      unscaled /= 10;
    } while (unscaled > 0);
    if (value.signum() < 0) {
      text[--start] = '-';
    }
    json.writeNumber(text, start, text.length - start);
  }

  /** As {@link Instant#toString}, without its formatter. */
  public static void writeInstant(JsonGenerator json, Instant value) throws IOException {
    if (value == null) {
      json.writeNull();
      return;
    }
    char[] text = new char[dev.hotpath.internal.IsoTime.INSTANT_LENGTH];
    int length = dev.hotpath.internal.IsoTime.formatInstant(value, text);
    if (length < 0) {
      json.writeString(value.toString());
    } else {
      json.writeString(text, 0, length);
    }
  }

  public static void writeBigInteger(JsonGenerator json, BigInteger value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }

  public static void writeBytes(JsonGenerator json, byte[] value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeBinary(value);
    }
  }

  /** Each constant's name, for {@link #writeEnum}: encoded once instead of at every write. */
  public static SerializedString[] names(Enum<?>[] constants) {
    SerializedString[] names = new SerializedString[constants.length];
    for (Enum<?> constant : constants) {
      names[constant.ordinal()] = new SerializedString(constant.name());
    }
    return names;
  }

  /** An enum by name, {@code names} being {@link #names} of its constants. */
  public static void writeEnum(JsonGenerator json, Enum<?> value, SerializedString[] names) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(names[value.ordinal()]);
    }
  }

  public static void writeUuid(JsonGenerator json, UUID value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value.toString());
    }
  }

  /** Enums by name; UUIDs and java.time values in their ISO-8601 text. */
  public static void writeText(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Enum<?> constant) {
      json.writeString(constant.name());
    } else if (value instanceof Instant instant) {
      writeInstant(json, instant);
    } else if (value instanceof ZonedDateTime zoned) {
      json.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(zoned));
    } else {
      json.writeString(value.toString());
    }
  }

  public static <T> void writeCollection(JsonGenerator json, Collection<? extends T> values, Writer<? super T> element)
      throws IOException {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeRaw('[');
    if (values instanceof List<? extends T> list && values instanceof RandomAccess) {
      for (int i = 0, size = list.size(); i < size; i++) { // no iterator to allocate
        if (i > 0) {
          json.writeRaw(',');
        }
        element.write(json, list.get(i));
      }
    } else {
      boolean more = false;
      for (T value : values) {
        if (more) {
          json.writeRaw(',');
        }
        more = true;
        element.write(json, value);
      }
    }
    json.writeRaw(']');
  }

  public static <T> void writeArray(JsonGenerator json, T[] values, Writer<? super T> element) throws IOException {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeRaw('[');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        json.writeRaw(',');
      }
      element.write(json, values[i]);
    }
    json.writeRaw(']');
  }

  /** A map as an object; keys are written as text (enum names, numbers, UUIDs, ...). */
  public static <V> void writeMap(JsonGenerator json, Map<?, ? extends V> values, Writer<? super V> value)
      throws IOException {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeRaw('{');
    boolean more = false;
    for (Map.Entry<?, ? extends V> entry : values.entrySet()) {
      writeKey(json, more, entry.getKey());
      more = true;
      value.write(json, entry.getValue());
    }
    json.writeRaw('}');
  }

  /** A map's key as an object's field name, after a comma unless it is the first: {@code ,"key":}. */
  public static void writeKey(JsonGenerator json, boolean more, Object key) throws IOException {
    if (more) {
      json.writeRaw(',');
    }
    json.writeString(fieldName(key));
    json.writeRaw(':');
  }

  /** A map key as an object's field name: an enum's name, any other key's text. */
  public static String fieldName(Object key) {
    return key instanceof Enum<?> constant ? constant.name() : String.valueOf(key);
  }

  public static <T> void writeOptional(JsonGenerator json, Optional<? extends T> value, Writer<? super T> element)
      throws IOException {
    if (value == null || value.isEmpty()) {
      json.writeNull();
    } else {
      element.write(json, value.get());
    }
  }

  /**
   * An {@code Object}-typed value by its run-time type: JSON scalars, maps, iterables, arrays,
   * {@code Optional}, enums, UUIDs and java.time values; anything else goes to {@code generated}
   * (the API's {@code instanceof} chain over its own types).
   */
  public static void writeBuiltin(JsonGenerator json, Object value, Writer<Object> generated) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      writeInteger(json, (Number) value);
    } else if (value instanceof Double || value instanceof Float) {
      writeFloating(json, (Number) value);
    } else if (value instanceof BigDecimal decimal) {
      writeDecimal(json, decimal);
    } else if (value instanceof BigInteger integer) {
      json.writeNumber(integer);
    } else if (value instanceof byte[] bytes) {
      json.writeBinary(bytes);
    } else if (value instanceof Map<?, ?> map) {
      writeMap(json, map, (g, v) -> writeBuiltin(g, v, generated));
    } else if (value instanceof Collection<?> collection) {
      writeCollection(json, collection, (g, v) -> writeBuiltin(g, v, generated));
    } else if (value instanceof Optional<?> optional) {
      writeOptional(json, optional, (g, v) -> writeBuiltin(g, v, generated));
    } else if (value instanceof Object[] array) {
      writeArray(json, array, (g, v) -> writeBuiltin(g, v, generated));
    } else if (value instanceof int[] ints) {
      writeInts(json, ints);
    } else if (value instanceof long[] longs) {
      writeLongs(json, longs);
    } else if (value instanceof double[] doubles) {
      writeDoubles(json, doubles);
    } else if (value instanceof float[] floats) {
      writeFloats(json, floats);
    } else if (value instanceof short[] shorts) {
      writeShorts(json, shorts);
    } else if (value instanceof boolean[] booleans) {
      writeBooleans(json, booleans);
    } else if (value instanceof Enum<?> || value instanceof UUID || value instanceof Instant
        || value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime
        || value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Duration) {
      writeText(json, value);
    } else {
      generated.write(json, value);
    }
  }

  /** Arrays of primitives; null stays null, NaN and infinities are null. */
  public static void writeInts(JsonGenerator json, int[] values) throws IOException {
    if (values == null) {
      json.writeNull();
    } else {
      json.writeArray(values, 0, values.length);
    }
  }

  public static void writeLongs(JsonGenerator json, long[] values) throws IOException {
    if (values == null) {
      json.writeNull();
    } else {
      json.writeArray(values, 0, values.length);
    }
  }

  public static void writeShorts(JsonGenerator json, short[] values) throws IOException {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    for (short value : values) {
      json.writeNumber(value);
    }
    json.writeEndArray();
  }

  public static void writeDoubles(JsonGenerator json, double[] values) throws IOException {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    for (double value : values) {
      writeFloating(json, value);
    }
    json.writeEndArray();
  }

  public static void writeFloats(JsonGenerator json, float[] values) throws IOException {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    for (float value : values) {
      writeFloating(json, value);
    }
    json.writeEndArray();
  }

  public static void writeBooleans(JsonGenerator json, boolean[] values) throws IOException {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    for (boolean value : values) {
      json.writeBoolean(value);
    }
    json.writeEndArray();
  }

  /** The end of every {@code instanceof} chain: the type has no codec in this API. */
  public static void unsupported(JsonGenerator json, Object value) {
    throw new IllegalStateException("No JSON encoding for a value of type " + value.getClass().getName()
        + "; only JSON scalars, collections, maps and the API's own types are encoded");
  }
}
