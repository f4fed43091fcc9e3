package dev.hotpath.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.hotpath.internal.ConversionException;
import dev.hotpath.internal.Converter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document with jackson-core's streaming parser for generated decoders, collecting
 * pydantic-shaped errors instead of stopping at the first. A value that fails reads as null and is
 * skipped whole, so one bad field does not hide the next. Each error is kept with its location
 * relative to the document root, read off the parser's context when the error is met; the raw
 * {@code input} is filled in afterwards, on the error path only ({@code BodyReader}).
 */
public final class JsonInput {
  /**
   * JSON over HTTP is UTF-8 (RFC 8259 8.1): no guessing UTF-16 or UTF-32 from the first bytes,
   * which a body of {@code {} and NULs would otherwise steer into a reader that fails.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).maxNumberLength(1000).build())
      .disable(JsonFactory.Feature.CHARSET_DETECTION)
      .build();

  /** One error: where, what, and whether its input is the enclosing object (a missing field). */
  public record Error(List<Object> loc, String type, String msg, Map<String, Object> ctx, boolean inputIsParent) {}

  /** Reads one value at the current token; generated per JSON type, or a scalar reader here. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(JsonInput in) throws IOException;
  }

  /**
   * Errors kept per document. A 10 MB array of wrong values would otherwise make millions of
   * error entries (hundreds of MB); the first thousand say enough.
   */
  public static final int MAX_ERRORS = 1000;

  private final JsonParser parser;
  private List<Error> errors = List.of(); // made on the first error: a valid document allocates none
  /** Every error met, kept or not: readers compare counts to know whether a value failed. */
  private int count;

  private JsonInput(JsonParser parser) {
    this.parser = parser;
  }

  /** A reader positioned on the document's first token; throws on an empty or malformed start. */
  public static JsonInput of(byte[] document) throws IOException {
    JsonInput in = new JsonInput(FACTORY.createParser(document));
    if (in.parser.nextToken() == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(in.parser, "Expecting value");
    }
    return in;
  }

  /** Checks that nothing follows the document's value. */
  public void finish() throws IOException {
    if (parser.nextToken() != null) {
      throw new com.fasterxml.jackson.core.JsonParseException(parser, "Extra data after the JSON value");
    }
    parser.close();
  }

  public List<Error> errors() {
    return errors;
  }

  /** Errors so far, counting those past {@link #MAX_ERRORS} that were not kept. */
  public int errorCount() {
    return count;
  }

  // Locations: read off jackson-core's parsing context, and only when an error is recorded, so a
  // valid document pays nothing for them.

  /**
   * Where the parser is, relative to the document root: the current value's location, or, once an
   * object or array has ended, the location of that object or array (the parser's context is then
   * its parent's, positioned on it).
   */
  private List<Object> here() {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent(); // the context of the value just entered, not yet in it
    }
    ArrayList<Object> loc = new ArrayList<>();
    for (; context != null && !context.inRoot(); context = context.getParent()) {
      loc.add(context.inArray() ? (Object) context.getCurrentIndex() : context.getCurrentName());
    }
    java.util.Collections.reverse(loc);
    return loc;
  }

  private List<Object> here(Object... keys) {
    List<Object> loc = here();
    loc.addAll(List.of(keys));
    return loc;
  }

  /** Records an error at the current value. */
  public void error(String type, String msg, Map<String, Object> ctx) {
    add(new Error(List.copyOf(here()), type, msg, ctx, false));
  }

  private void add(Error error) {
    count++;
    if (errors.isEmpty()) {
      errors = new ArrayList<>();
    }
    if (errors.size() < MAX_ERRORS) {
      errors.add(error);
    }
  }

  /**
   * Puts the errors recorded since {@code since} in the order of the object's fields, as pydantic
   * validates them, whatever the order the document had. Called, on the error path only, once the
   * object has been read.
   */
  public void orderErrors(int since, List<String> fields) {
    if (since >= errors.size()) {
      return;
    }
    int depth = here().size();
    List<Error> recent = new ArrayList<>(errors.subList(since, errors.size()));
    recent.sort(java.util.Comparator.comparingInt(error -> {
      int index = error.loc().size() > depth ? fields.indexOf(String.valueOf(error.loc().get(depth))) : -1;
      return index < 0 ? Integer.MAX_VALUE : index;
    }));
    errors.subList(since, errors.size()).clear();
    errors.addAll(recent);
  }

  /** Records a failed constraint of the field {@code field} of the object just read. */
  public void check(String field, dev.hotpath.internal.Validate.Violation violation) {
    if (violation != null) {
      violation(here(field), violation);
    }
  }

  /** Records a failed constraint of element {@code index} of the collection {@code field} of the object just read. */
  public void check(String field, int index, dev.hotpath.internal.Validate.Violation violation) {
    if (violation != null) {
      violation(here(field, index), violation);
    }
  }

  private void violation(List<Object> loc, dev.hotpath.internal.Validate.Violation violation) {
    add(new Error(List.copyOf(loc), violation.type(), violation.msg(), violation.ctx(), false));
  }

  /** A required field absent from the object just read. */
  public void missing(String field) {
    add(new Error(List.copyOf(here(field)), "missing", "Field required", Map.of(), true));
  }

  private <T> T typeError(String type, String msg) throws IOException {
    error(type, msg, Map.of());
    parser.skipChildren();
    return null;
  }

  // Structure

  public boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /** Enters an object, or records pydantic's model error and skips the value. */
  public boolean startObject() throws IOException {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    typeError("model_attributes_type", "Input should be a valid dictionary or object to extract fields from");
    return false;
  }

  /** {@link #nextField(SerializableString[], int)} at the object's end. */
  public static final int END = -1;
  /** {@link #nextField(SerializableString[], int)} for a field the object does not have: skip it. */
  public static final int UNKNOWN = -2;

  /**
   * The index in {@code names} of the next field, the parser then on its value; {@link #UNKNOWN}
   * for a name not among them, {@link #END} at the object's end. {@code names} are the object's
   * fields in declaration order and {@code expected} the index of the one that usually comes next:
   * when it does, jackson-core matches its bytes instead of decoding and looking up the name.
   */
  public int nextField(SerializableString[] names, int expected) throws IOException {
    if (expected < names.length && parser.nextFieldName(names[expected])) {
      parser.nextToken();
      return expected;
    }
    if (expected >= names.length) {
      parser.nextToken();
    }
    if (parser.currentToken() != JsonToken.FIELD_NAME) {
      return END;
    }
    String name = parser.currentName();
    parser.nextToken();
    for (int i = 0; i < names.length; i++) { // out of order: documents are short, and mostly ordered
      if (names[i].getValue().equals(name)) {
        return i;
      }
    }
    return UNKNOWN;
  }

  /** The next field's name, the parser then on its value; null at the object's end. */
  public String nextField() throws IOException {
    if (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      return name;
    }
    return null;
  }

  /** Enters an array, or records pydantic's list error and skips the value. */
  public boolean startArray() throws IOException {
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    typeError("list_type", "Input should be a valid list");
    return false;
  }

  /** Moves to the array's next element; false at its end. */
  public boolean nextElement() throws IOException {
    return parser.nextToken() != JsonToken.END_ARRAY;
  }

  /** Enters an object read as a map, or records pydantic's dictionary error and skips the value. */
  public boolean startMap() throws IOException {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    typeError("dict_type", "Input should be a valid dictionary");
    return false;
  }

  /** A map key converted with {@code converter}; null, with the error recorded at its entry, when it does not. */
  public <K> K key(String name, Converter<K> converter) {
    try {
      return converter.convert(name);
    } catch (ConversionException e) {
      error(e.type(), e.getMessage(), e.ctx());
      return null;
    }
  }

  /** Skips the current value (an unknown field). */
  public void skip() throws IOException {
    parser.skipChildren();
  }

  /** An array's elements, for the primitive-array readers; an element that fails is null. */
  public <T> List<T> readList(Reader<T> element) throws IOException {
    if (!startArray()) {
      return null;
    }
    List<T> values = new ArrayList<>();
    while (nextElement()) {
      values.add(element.read(this));
    }
    return values;
  }

  /** An {@code Object}-typed value: plain maps, lists, text, numbers, booleans or null. */
  public Object readAny() throws IOException {
    return Json.readValue(parser);
  }

  // Scalars: JSON's own type, or (lax, as pydantic) a string that converts.

  public String readString() throws IOException {
    return parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText()
        : typeError("string_type", "Input should be a valid string");
  }

  public Boolean readBoolean() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    if (token == JsonToken.VALUE_STRING) {
      return convert(dev.hotpath.internal.Converters.BOOLEAN);
    }
    return typeError("bool_type", "Input should be a valid boolean");
  }

  public Long readLong() throws IOException {
    return integer(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  public Integer readInt() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
      return parser.getIntValue(); // the common case, boxed once
    }
    Long value = integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
    return value == null ? null : value.intValue();
  }

  public Short readShort() throws IOException {
    Long value = integer(Short.MIN_VALUE, Short.MAX_VALUE);
    return value == null ? null : value.shortValue();
  }

  public Byte readByte() throws IOException {
    Long value = integer(Byte.MIN_VALUE, Byte.MAX_VALUE);
    return value == null ? null : value.byteValue();
  }

  private Long integer(long min, long max) throws IOException {
    JsonToken token = parser.currentToken();
    BigInteger value;
    if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      long small = parser.getLongValue(); // the common case: no BigInteger
      if (small < min || small > max) {
        return bound(small < min, min, max);
      }
      return small;
    } else if (token == JsonToken.VALUE_NUMBER_INT) {
      value = parser.getBigIntegerValue();
    } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      // Magnitude first, as a double: 1e999999999 must not become a BigInteger of a billion digits.
      double approximate = parser.getDoubleValue();
      if (Double.isNaN(approximate) || Math.abs(approximate) > 0x1p63) {
        return bound(approximate < 0, min, max);
      }
      BigDecimal decimal = parser.getDecimalValue();
      if (decimal.stripTrailingZeros().scale() > 0) {
        return typeError("int_from_float", "Input should be a valid integer, got a number with a fractional part");
      }
      value = decimal.toBigInteger();
    } else if (token == JsonToken.VALUE_STRING) {
      Long converted = convert(raw -> dev.hotpath.internal.Converters.LONG.convert(raw));
      if (converted == null) {
        return null;
      }
      value = BigInteger.valueOf(converted);
    } else {
      return typeError("int_type", "Input should be a valid integer");
    }
    if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
      return bound(value.signum() < 0, min, max);
    }
    return value.longValue();
  }

  private Long bound(boolean tooSmall, long min, long max) {
    if (tooSmall) {
      error("greater_than_equal", "Input should be greater than or equal to " + min, Map.of("ge", min));
    } else {
      error("less_than_equal", "Input should be less than or equal to " + max, Map.of("le", max));
    }
    return null;
  }

  public Double readDouble() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDoubleValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      return convert(dev.hotpath.internal.Converters.DOUBLE);
    }
    return typeError("float_type", "Input should be a valid number");
  }

  public Float readFloat() throws IOException {
    Double value = readDouble();
    return value == null ? null : value.floatValue();
  }

  public BigDecimal readDecimal() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value = parser.getDecimalValue();
      if (!dev.hotpath.internal.Converters.reasonable(value)) {
        error("decimal_parsing", "Input should be a valid decimal", Map.of());
        return null;
      }
      return value;
    }
    if (token == JsonToken.VALUE_STRING) {
      return convert(dev.hotpath.internal.Converters.BIG_DECIMAL);
    }
    return typeError("decimal_type", "Decimal input should be an integer, float, string or Decimal object");
  }

  public BigInteger readBigInteger() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getBigIntegerValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      return convert(dev.hotpath.internal.Converters.BIG_INTEGER);
    }
    return typeError("int_type", "Input should be a valid integer");
  }

  /** Base64 text, as pydantic's bytes in JSON with base64 mode. */
  public byte[] readBytes() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return typeError("bytes_type", "Input should be a valid bytes");
    }
    try {
      return java.util.Base64.getDecoder().decode(parser.getText());
    } catch (IllegalArgumentException e) {
      error("base64_decode", "Base64 decoding error: '" + e.getMessage() + "'", Map.of("error", e.getMessage()));
      return null;
    }
  }

  /** A value written as JSON text: enums, UUIDs, java.time values, through their converter. */
  public <T> T readText(Converter<T> converter) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return typeError("string_type", "Input should be a valid string");
    }
    return convert(converter);
  }

  private <T> T convert(Converter<T> converter) throws IOException {
    try {
      return converter.convert(parser.getText());
    } catch (ConversionException e) {
      error(e.type(), e.getMessage(), e.ctx());
      return null;
    }
  }
}
