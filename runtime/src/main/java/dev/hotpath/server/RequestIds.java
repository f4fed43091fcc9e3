package dev.hotpath.server;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/** {@code X-Request-Id}: the client's when well-formed, else a new one (a random prefix and a counter). */
final class RequestIds {
  private static final String PREFIX = Integer.toHexString(new SecureRandom().nextInt() | 0x10000000) + "-";
  private static final AtomicLong NEXT = new AtomicLong();

  private RequestIds() {}

  static String of(String given) {
    return given != null && wellFormed(given) ? given : PREFIX + Long.toString(NEXT.incrementAndGet(), 36);
  }

  /** 1 to 200 visible ASCII characters: nothing that could be read as another header or a log line. */
  static boolean wellFormed(String id) {
    if (id.isEmpty() || id.length() > 200) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
