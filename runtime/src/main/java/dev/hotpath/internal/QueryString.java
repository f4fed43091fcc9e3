package dev.hotpath.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a raw query as Starlette does (urllib's {@code parse_qsl} with blank values kept): pairs
 * split on {@code &}, {@code +} is a space, escapes decoded as UTF-8, and a malformed escape kept as
 * written instead of failing the request.
 */
public final class QueryString {
  /** Keys beyond this many are ignored, as Netty's decoder does, so a hostile query stays cheap. */
  static final int MAX_PARAMETERS = 1024;

  private QueryString() {}

  public static Map<String, List<String>> parse(String raw) {
    Map<String, List<String>> parameters = new HashMap<>();
    int count = 0;
    int start = 0;
    while (start <= raw.length() && count < MAX_PARAMETERS) {
      int end = raw.indexOf('&', start);
      if (end < 0) {
        end = raw.length();
      }
      if (end > start) {
        int equals = raw.indexOf('=', start);
        boolean hasValue = equals >= 0 && equals < end;
        String name = decode(raw.substring(start, hasValue ? equals : end));
        String value = hasValue ? decode(raw.substring(equals + 1, end)) : "";
        parameters.computeIfAbsent(name, key -> new ArrayList<>(1)).add(value);
        count++;
      }
      start = end + 1;
    }
    return parameters;
  }

  private static String decode(String component) {
    return Paths.decode(component.indexOf('+') < 0 ? component : component.replace('+', ' '));
  }
}
