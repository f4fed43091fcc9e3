package dev.hotpath.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.hotpath.json.JsonOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The ceilings on jackson-core for the order document: what the best hand-written code on its
 * generator and parser costs, with nothing generic left (no null checks, no validation, names and
 * enum constants encoded once). The generated codec cannot beat these while it sits on jackson-core.
 */
final class HandWritten {
  private HandWritten() {}

  private static final SerializedString ID = name("id");
  private static final SerializedString PLACED_AT = name("placedAt");
  private static final SerializedString CUSTOMER = name("customer");
  private static final SerializedString NAME = name("name");
  private static final SerializedString EMAIL = name("email");
  private static final SerializedString ADDRESS = name("address");
  private static final SerializedString STREET = name("street");
  private static final SerializedString CITY = name("city");
  private static final SerializedString POSTCODE = name("postcode");
  private static final SerializedString COUNTRY = name("country");
  private static final SerializedString LINES = name("lines");
  private static final SerializedString SKU = name("sku");
  private static final SerializedString TITLE = name("title");
  private static final SerializedString QUANTITY = name("quantity");
  private static final SerializedString PRICE = name("price");
  private static final SerializedString TAGS = name("tags");
  private static final SerializedString ATTRIBUTES = name("attributes");
  private static final SerializedString STATUS = name("status");
  private static final SerializedString TOTAL = name("total");
  private static final SerializedString[] STATUSES = JsonOutput.names(Order.Status.values());

  private static SerializedString name(String name) {
    return new SerializedString(name);
  }

  /**
   * The same bytes through the generator's token API ({@code writeStartObject}, {@code writeFieldName}):
   * how the codec wrote before it wrote its structure raw, and how databind writes.
   */
  static void writeWithTokens(JsonGenerator json, Order order) throws IOException {
    json.writeStartObject();
    json.writeFieldName(ID);
    json.writeString(order.id().toString());
    json.writeFieldName(PLACED_AT);
    JsonOutput.writeInstant(json, order.placedAt());
    json.writeFieldName(CUSTOMER);
    Order.Customer customer = order.customer();
    json.writeStartObject();
    json.writeFieldName(ID);
    json.writeNumber(customer.id());
    json.writeFieldName(NAME);
    json.writeString(customer.name());
    json.writeFieldName(EMAIL);
    json.writeString(customer.email());
    json.writeFieldName(ADDRESS);
    Order.Address address = customer.address();
    json.writeStartObject();
    json.writeFieldName(STREET);
    json.writeString(address.street());
    json.writeFieldName(CITY);
    json.writeString(address.city());
    json.writeFieldName(POSTCODE);
    json.writeString(address.postcode());
    json.writeFieldName(COUNTRY);
    json.writeString(address.country());
    json.writeEndObject();
    json.writeEndObject();
    json.writeFieldName(LINES);
    json.writeStartArray();
    List<Order.Line> lines = order.lines();
    for (int i = 0; i < lines.size(); i++) {
      Order.Line line = lines.get(i);
      json.writeStartObject();
      json.writeFieldName(SKU);
      json.writeString(line.sku());
      json.writeFieldName(TITLE);
      json.writeString(line.title());
      json.writeFieldName(QUANTITY);
      json.writeNumber(line.quantity());
      json.writeFieldName(PRICE);
      JsonOutput.writeDecimal(json, line.price());
      json.writeFieldName(TAGS);
      json.writeStartArray();
      List<String> tags = line.tags();
      for (int t = 0; t < tags.size(); t++) {
        json.writeString(tags.get(t));
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeFieldName(ATTRIBUTES);
    json.writeStartObject();
    for (Map.Entry<String, String> entry : order.attributes().entrySet()) {
      json.writeFieldName(entry.getKey());
      json.writeString(entry.getValue());
    }
    json.writeEndObject();
    json.writeFieldName(STATUS);
    json.writeString(STATUSES[order.status().ordinal()]);
    json.writeFieldName(TOTAL);
    JsonOutput.writeDecimal(json, order.total());
    json.writeEndObject();
  }

  private static SerializedString raw(String text) {
    return new SerializedString(text);
  }

  private static final SerializedString R_OPEN_ID = raw("{\"id\":");
  private static final SerializedString R_PLACED_AT = raw(",\"placedAt\":");
  private static final SerializedString R_CUSTOMER_ID = raw(",\"customer\":{\"id\":");
  private static final SerializedString R_NAME = raw(",\"name\":");
  private static final SerializedString R_EMAIL = raw(",\"email\":");
  private static final SerializedString R_ADDRESS_STREET = raw(",\"address\":{\"street\":");
  private static final SerializedString R_CITY = raw(",\"city\":");
  private static final SerializedString R_POSTCODE = raw(",\"postcode\":");
  private static final SerializedString R_COUNTRY = raw(",\"country\":");
  private static final SerializedString R_CLOSE2_LINES = raw("}},\"lines\":[");
  private static final SerializedString R_OPEN_SKU = raw("{\"sku\":");
  private static final SerializedString R_TITLE = raw(",\"title\":");
  private static final SerializedString R_QUANTITY = raw(",\"quantity\":");
  private static final SerializedString R_PRICE = raw(",\"price\":");
  private static final SerializedString R_TAGS = raw(",\"tags\":[");
  private static final SerializedString R_CLOSE_ARRAY_OBJECT = raw("]}");
  private static final SerializedString R_ATTRIBUTES = raw("],\"attributes\":{");
  private static final SerializedString R_STATUS = raw("},\"status\":");
  private static final SerializedString R_TOTAL = raw(",\"total\":");

  /**
   * The ceiling: structure and names as raw fragments merged across nested objects (which the
   * generated writers, one method per type, cannot do), only values through the generator at its root.
   */
  static void write(JsonGenerator json, Order order) throws IOException {
    json.writeRaw(R_OPEN_ID);
    JsonOutput.writeUuid(json, order.id());
    json.writeRaw(R_PLACED_AT);
    JsonOutput.writeInstant(json, order.placedAt());
    Order.Customer customer = order.customer();
    json.writeRaw(R_CUSTOMER_ID);
    json.writeNumber(customer.id());
    json.writeRaw(R_NAME);
    json.writeString(customer.name());
    json.writeRaw(R_EMAIL);
    json.writeString(customer.email());
    Order.Address address = customer.address();
    json.writeRaw(R_ADDRESS_STREET);
    json.writeString(address.street());
    json.writeRaw(R_CITY);
    json.writeString(address.city());
    json.writeRaw(R_POSTCODE);
    json.writeString(address.postcode());
    json.writeRaw(R_COUNTRY);
    json.writeString(address.country());
    json.writeRaw(R_CLOSE2_LINES);
    List<Order.Line> lines = order.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        json.writeRaw(',');
      }
      Order.Line line = lines.get(i);
      json.writeRaw(R_OPEN_SKU);
      json.writeString(line.sku());
      json.writeRaw(R_TITLE);
      json.writeString(line.title());
      json.writeRaw(R_QUANTITY);
      json.writeNumber(line.quantity());
      json.writeRaw(R_PRICE);
      JsonOutput.writeDecimal(json, line.price());
      json.writeRaw(R_TAGS);
      List<String> tags = line.tags();
      for (int t = 0; t < tags.size(); t++) {
        if (t > 0) {
          json.writeRaw(',');
        }
        json.writeString(tags.get(t));
      }
      json.writeRaw(R_CLOSE_ARRAY_OBJECT);
    }
    json.writeRaw(R_ATTRIBUTES);
    boolean first = true;
    for (Map.Entry<String, String> entry : order.attributes().entrySet()) {
      if (!first) {
        json.writeRaw(',');
      }
      first = false;
      json.writeString(entry.getKey());
      json.writeRaw(':');
      json.writeString(entry.getValue());
    }
    json.writeRaw(R_STATUS);
    json.writeString(STATUSES[order.status().ordinal()]);
    json.writeRaw(R_TOTAL);
    JsonOutput.writeDecimal(json, order.total());
    json.writeRaw('}');
  }

  /** Every token of the document read, every string and number decoded, nothing built: the parser's floor. */
  static Object walk(JsonParser parser) throws IOException {
    Object last = null;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
        last = parser.getText();
      } else if (token == JsonToken.VALUE_NUMBER_INT) {
        last = parser.getLongValue();
      } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        last = parser.getDecimalValue();
      }
    }
    return last;
  }
}
