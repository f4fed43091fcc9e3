package dev.hotpath.processor.read;

import java.util.Locale;

/** Names a parameter has on the wire when its annotation does not say. */
public final class WireNames {
  private WireNames() {}

  /**
   * A header's default name: the parameter name in kebab-case, as FastAPI turns underscores into
   * hyphens: {@code userAgent} is {@code user-agent}, {@code xRequestID} is {@code x-request-id}.
   */
  public static String kebab(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        out.append('-');
        continue;
      }
      if (Character.isUpperCase(c) && i > 0) {
        char previous = name.charAt(i - 1);
        boolean wordStart = Character.isLowerCase(previous) || Character.isDigit(previous)
            || (Character.isUpperCase(previous) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)));
        if (wordStart && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
          out.append('-');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
