package dev.hotpath.processor.write;

/**
 * Field names as the raw JSON text a generated writer copies: quoted and escaped byte for byte as
 * jackson-core's generator (with the runtime's U+2028/U+2029 escapes) would write them, so that
 * writing a name raw and writing it through the generator give the same document.
 */
final class JsonFragments {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonFragments() {}

  /** {@code "name":}, the text before an object's value. */
  static String member(String name) {
    return quoted(name) + ":";
  }

  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c)) { // as jackson's escaping path
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
