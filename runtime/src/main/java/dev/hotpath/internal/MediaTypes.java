package dev.hotpath.internal;

import java.util.Locale;

/** Content-type arithmetic shared by the body readers. */
public final class MediaTypes {
  private MediaTypes() {}

  /** {@code type/subtype} in lower case, without parameters: {@code "Text/HTML; charset=x"} is {@code text/html}. */
  public static String essence(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }
}
