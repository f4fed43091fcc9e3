package dev.hotpath.processor.write;

/**
 * A Java string literal of text from the user's source (JSON names, paths, parameter names,
 * defaults, patterns), for {@code $L}. JavaPoet's {@code $S} leaves U+2028 and U+2029 raw and then
 * breaks its output lines at them, and a {@code \n} splits a literal over lines; this literal is one
 * line of ASCII: printable ASCII as it is, the usual escapes, everything else as {@code \}{@code uXXXX}.
 */
final class JavaLiteral {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JavaLiteral() {}

  static String of(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n"); // never as a unicode escape: javac reads those before the literal
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
