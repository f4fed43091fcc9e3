package dev.hotpath.server;

/** Text from a request or a failure, safe for a log line: control characters escaped, never raw. */
final class Printable {
  private Printable() {}

  static String of(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
