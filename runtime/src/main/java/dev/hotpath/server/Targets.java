package dev.hotpath.server;

import io.netty.handler.codec.http.HttpMethod;

/**
 * The request-target grammar of RFC 9112 3.2, strictly: origin-form ({@code /path?query}),
 * absolute-form ({@code http://host/path}), or {@code *} for a server-wide {@code OPTIONS}; only
 * the characters RFC 3986 allows there, every {@code %} of the path starting two hex digits (a
 * query keeps a stray one as text, the way queries are read). A raw space,
 * backslash, quote, brace, fragment, control or non-ASCII character is refused, never guessed at.
 */
final class Targets {
  private Targets() {}

  /** What is wrong with the target, or null when it is well formed. */
  static String problem(HttpMethod method, String target) {
    if (target.equals("*")) {
      return HttpMethod.OPTIONS.equals(method) ? null : "Invalid request target: * is for OPTIONS only";
    }
    int start;
    if (target.startsWith("/")) {
      start = 0;
    } else if (target.startsWith("http://") || target.startsWith("https://")) {
      start = target.indexOf("//") + 2;
    } else {
      return "Invalid request target: expected /path or an absolute URL";
    }
    boolean query = false;
    for (int i = start; i < target.length(); i++) {
      char c = target.charAt(i);
      query |= c == '?';
      boolean escape = i + 2 < target.length() && hex(target.charAt(i + 1)) && hex(target.charAt(i + 2));
      if (c == '%') {
        if (escape) {
          i += 2;
        } else if (!query) { // a query keeps a stray % as text, as browsers send "100%"
          return "Invalid request target: % must start a two-digit hex escape in the path";
        }
      } else if (!allowed(c)) {
        return "Invalid request target: character " + (c < 0x20 || c > 0x7e ? String.format("0x%02x", (int) c)
            : "'" + c + "'") + " must be percent-encoded";
      }
    }
    return null;
  }

  /** RFC 3986's unreserved, sub-delims, ":", "@", "/" and "?". */
  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
