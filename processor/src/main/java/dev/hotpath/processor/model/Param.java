package dev.hotpath.processor.model;

/**
 * One parameter of a route method.
 *
 * @param javaName the parameter's name in source
 * @param wireName the name in the request: path variable, query key, header or cookie name
 * @param type null for {@link Source#REQUEST}
 * @param defaultValue the {@code @Default} text, or null
 * @param nullable annotated {@code @Nullable}: absent binds null (an empty collection for List/Set)
 * @param segment for a path parameter, the index of its template segment; else -1
 */
public record Param(String javaName, String wireName, Source source, ValueType type, String defaultValue,
    boolean nullable, int segment) {

  /** Absence is a {@code missing} error. */
  public boolean required() {
    return defaultValue == null && !nullable && (type == null || type.container() != ValueType.Container.OPTIONAL);
  }
}
