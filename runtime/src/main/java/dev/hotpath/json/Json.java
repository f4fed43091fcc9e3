package dev.hotpath.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** jackson-core's streaming API, shared: one factory, plain values in and out. No databind. */
public final class Json {
  /**
   * No separator between root values: writers write an object's structure as raw fragments and
   * every value at the generator's root (see {@link JsonOutput}).
   */
  private static final JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactoryBuilder()
      .characterEscapes(new LineSeparatorEscapes()).rootValueSeparator((String) null).build();

  /**
   * JSON allows U+2028 and U+2029 raw, but JavaScript before ES2019 does not: escape them, as most
   * JSON encoders do, so a response can be embedded in a script.
   */
  private static final class LineSeparatorEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesForJSON();
    private static final com.fasterxml.jackson.core.SerializableString LS =
        new com.fasterxml.jackson.core.io.SerializedString("\\u2028");
    private static final com.fasterxml.jackson.core.SerializableString PS =
        new com.fasterxml.jackson.core.io.SerializedString("\\u2029");

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
    }
  }

  private Json() {}

  public static void write(JsonWritable value, OutputStream out) throws IOException {
    try (JsonGenerator json = generator(out)) {
      value.writeJson(json);
    }
  }

  /**
   * A generator for the writers of {@link JsonOutput} and generated codecs: UTF-8, U+2028/U+2029
   * escaped, no separator between root values. Closing it flushes {@code out} and closes it.
   */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    return FACTORY.createGenerator(out);
  }

  /**
   * Writes a plain value (null, text, numbers, booleans, maps, collections): the runtime's error
   * bodies, whose shapes are fixed. Anything else is written as its text.
   */
  public static void writeValue(JsonGenerator json, Object value) throws IOException {
    JsonOutput.writeBuiltin(json, value, (generator, other) -> generator.writeString(other.toString()));
  }

  /**
   * Parses a document into plain values: {@code Map} (ordered), {@code List}, {@code String},
   * {@code Long} or {@code BigInteger}, {@code Double}, {@code Boolean}, null. For tests and tools.
   */
  public static Object parse(byte[] document) throws IOException {
    try (JsonParser parser = FACTORY.createParser(document)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IOException("Empty JSON document");
      }
      Object value = readValue(parser);
      if (parser.nextToken() != null) {
        throw new IOException("Trailing content after the JSON document");
      }
      return value;
    }
  }

  /** The value at the parser's current token, as plain values. */
  static Object readValue(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          map.put(name, readValue(parser));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(readValue(parser));
        }
        return list;
      }
      case VALUE_STRING: return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue()
            : (Object) parser.getLongValue();
      case VALUE_NUMBER_FLOAT: return parser.getDoubleValue();
      case VALUE_TRUE: return Boolean.TRUE;
      case VALUE_FALSE: return Boolean.FALSE;
      case VALUE_NULL: return null;
      default: throw new IOException("Unexpected JSON token " + parser.currentToken());
    }
  }
}
