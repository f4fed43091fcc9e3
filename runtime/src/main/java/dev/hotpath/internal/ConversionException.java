package dev.hotpath.internal;

import java.util.Map;

/** A raw value that does not convert, described in pydantic's words; no stack trace. */
public final class ConversionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final transient Map<String, Object> ctx;

  public ConversionException(String type, String msg) {
    this(type, msg, Map.of());
  }

  public ConversionException(String type, String msg, Map<String, Object> ctx) {
    super(msg, null, false, false);
    this.type = type;
    this.ctx = ctx;
  }

  public String type() {
    return type;
  }

  public Map<String, Object> ctx() {
    return ctx;
  }
}
