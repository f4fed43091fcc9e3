package dev.hotpath.processor.write.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * JSON text of plain values (ordered maps, lists, strings, numbers, booleans, null), indented by
 * two spaces: the API document, written at compile time where no JSON library is on the path.
 */
final class JsonText {
  private final StringBuilder out = new StringBuilder();

  private JsonText() {}

  static String of(Object value) {
    JsonText text = new JsonText();
    text.value(value, 0);
    return text.out.append('\n').toString();
  }

  private void value(Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Double number) {
      out.append(number.isInfinite() || number.isNaN() ? "null" : BigDecimal.valueOf(number).toPlainString());
    } else if (value instanceof Map<?, ?> map) {
      object(map, depth);
    } else if (value instanceof List<?> list) {
      array(list, depth);
    } else {
      throw new IllegalArgumentException("Not a plain JSON value: " + value.getClass());
    }
  }

  private void object(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(first ? "\n" : ",\n");
      indent(depth + 1);
      string((String) entry.getKey());
      out.append(": ");
      value(entry.getValue(), depth + 1);
      first = false;
    }
    out.append('\n');
    indent(depth);
    out.append('}');
  }

  private void array(List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
    if (scalars) { // short lists of names stay on one line
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        value(list.get(i), depth);
      }
      out.append(']');
      return;
    }
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      indent(depth + 1);
      value(list.get(i), depth + 1);
    }
    out.append('\n');
    indent(depth);
    out.append(']');
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void indent(int depth) {
    out.append("  ".repeat(depth));
  }
}
