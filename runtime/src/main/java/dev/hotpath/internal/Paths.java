package dev.hotpath.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Segment arithmetic on a raw path, for generated matchers and binders. A path starts with
 * {@code /}; segment {@code i} is the text between the i-th and the next slash. Nothing here
 * allocates except {@link #segment}, {@link #rest} and {@link #decode}, which run only for a match.
 */
public final class Paths {
  private Paths() {}

  /** Index of the slash ending the segment that starts at {@code start}, or the path's length. */
  public static int segmentEnd(String path, int start) {
    int slash = path.indexOf('/', start);
    return slash < 0 ? path.length() : slash;
  }

  /** {@link String#hashCode()} of {@code path.substring(start, end)}, without the substring. */
  public static int hash(String path, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + path.charAt(i);
    }
    return h;
  }

  /** Whether {@code path.substring(start, end)} equals {@code literal}, without the substring. */
  public static boolean segmentEquals(String path, int start, int end, String literal) {
    return end - start == literal.length() && path.regionMatches(start, literal, 0, literal.length());
  }

  /** Segment {@code index}, percent-decoded. The matcher has checked that it exists. */
  public static String segment(String path, int index) {
    int start = segmentStart(path, index);
    return decode(path.substring(start, segmentEnd(path, start)));
  }

  /** Everything from segment {@code index} to the end of the path, percent-decoded. */
  public static String rest(String path, int index) {
    return decode(path.substring(segmentStart(path, index)));
  }

  /**
   * The value of the variable {@code name} of {@code template} ({@code {name}} or
   * {@code {name:path}}) in a path the template matched, decoded; null when the template has none.
   * For providers, whose path parameters are found by name in whichever route uses them.
   */
  public static String variable(String template, String path, String name) {
    String[] segments = template.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].equals("{" + name + "}")) {
        return segment(path, i);
      }
      if (segments[i].equals("{" + name + ":path}")) {
        return rest(path, i);
      }
    }
    return null;
  }

  private static int segmentStart(String path, int index) {
    int start = 1;
    for (int i = 0; i < index; i++) {
      start = path.indexOf('/', start) + 1;
    }
    return start;
  }

  /**
   * Percent-decodes a path component as UTF-8. {@code +} stays a plus (it means space only in a
   * query); a malformed escape is kept as written.
   */
  public static String decode(String raw) {
    int percent = raw.indexOf('%');
    if (percent < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    byte[] utf8 = raw.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < utf8.length; i++) {
      int hi;
      int lo;
      if (utf8[i] == '%' && i + 2 < utf8.length
          && (hi = Character.digit(utf8[i + 1], 16)) >= 0
          && (lo = Character.digit(utf8[i + 2], 16)) >= 0) {
        bytes.write(hi << 4 | lo);
        i += 2;
      } else {
        bytes.write(utf8[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
